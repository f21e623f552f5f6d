package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelEvaluationData} aspect of an mlModel (model card; Pegasus record {@code EvaluationData}): the
 * datasets the model was evaluated on. The list is required, so it is written even when empty.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelEvaluationData.class)
@JsonDeserialize(as = ImmutableMLModelEvaluationData.class)
public interface MLModelEvaluationData extends Aspect, WithUnknownFields {
  /** The {@code mlModelEvaluationData} aspect type. */
  AspectType<MLModelEvaluationData> TYPE = AspectType.of("mlModelEvaluationData",
      "com.linkedin.ml.metadata.EvaluationData", MLModelEvaluationData.class, Set.of(EntityTypes.ML_MODEL));

  /** The evaluation datasets, in order. */
  @JsonProperty("evaluationData")
  List<BaseData> evaluationData();

  /** Evaluation data {@code datasets}. */
  static MLModelEvaluationData of(BaseData... datasets) {
    return builder().addEvaluationData(Objects.requireNonNull(datasets, "datasets")).build();
  }

  @Override
  default AspectType<MLModelEvaluationData> aspectType() {
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

  /** Builds an {@link MLModelEvaluationData}. */
  final class Builder extends ImmutableMLModelEvaluationData.Builder {}
}
