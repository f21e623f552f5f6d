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
 * The {@code intendedUse} aspect of an mlModel (model card): what the model is for, for whom, and what it is not
 * for. Empty lists are left out.
 *
 * <pre>{@code
 * IntendedUse use = IntendedUse.builder()
 *     .addPrimaryUse("Predict customer churn to enable proactive retention campaigns")
 *     .addPrimaryUser(IntendedUserType.ENTERPRISE)
 *     .addOutOfScopeUse("Not suitable for real-time predictions (batch inference only)")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableIntendedUse.class)
@JsonDeserialize(as = ImmutableIntendedUse.class)
public interface IntendedUse extends Aspect, WithUnknownFields {
  /** The {@code intendedUse} aspect type. */
  AspectType<IntendedUse> TYPE = AspectType.of("intendedUse", "com.linkedin.ml.metadata.IntendedUse",
      IntendedUse.class, Set.of(EntityTypes.ML_MODEL));

  /** The uses the model was built for. */
  @JsonProperty("primaryUses")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> primaryUses();

  /** The kinds of users the model was built for. */
  @JsonProperty("primaryUsers")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<IntendedUserType> primaryUsers();

  /** Uses the model is not fit for. */
  @JsonProperty("outOfScopeUses")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> outOfScopeUses();

  @Override
  default AspectType<IntendedUse> aspectType() {
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

  /** Builds an {@link IntendedUse}; every field is optional. */
  final class Builder extends ImmutableIntendedUse.Builder {}
}
