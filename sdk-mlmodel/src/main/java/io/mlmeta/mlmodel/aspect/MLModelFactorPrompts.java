package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelFactorPrompts} aspect of an mlModel (model card): the factors (groups, instrumentation,
 * environments) that are relevant to the model's performance and those it was evaluated on.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelFactorPrompts.class)
@JsonDeserialize(as = ImmutableMLModelFactorPrompts.class)
public interface MLModelFactorPrompts extends Aspect, WithUnknownFields {
  /** The {@code mlModelFactorPrompts} aspect type. */
  AspectType<MLModelFactorPrompts> TYPE = AspectType.of("mlModelFactorPrompts",
      "com.linkedin.ml.metadata.MLModelFactorPrompts", MLModelFactorPrompts.class, Set.of(EntityTypes.ML_MODEL));

  /** Factors foreseeably relevant to the model's performance. */
  @JsonProperty("relevantFactors")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLModelFactors> relevantFactors();

  /** Factors the model's performance was evaluated on. */
  @JsonProperty("evaluationFactors")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLModelFactors> evaluationFactors();

  @Override
  default AspectType<MLModelFactorPrompts> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link MLModelFactorPrompts}; every field is optional. */
  final class Builder extends ImmutableMLModelFactorPrompts.Builder {}
}
