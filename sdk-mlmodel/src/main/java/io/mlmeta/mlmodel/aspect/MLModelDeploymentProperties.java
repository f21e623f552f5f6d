package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelDeploymentProperties} aspect of an mlModelDeployment, such as a serving endpoint.
 * {@code customProperties} is always written ({@code {}} when empty). The model-to-deployment link is recorded on
 * the model side, in {@link MLModelProperties#deployments()}.
 *
 * <pre>{@code
 * MLModelDeploymentProperties endpoint = MLModelDeploymentProperties.builder()
 *     .putCustomProperty("instance_type", "ml.m5.xlarge")
 *     .description("Production deployment of recommendation model on SageMaker")
 *     .status(DeploymentStatus.IN_SERVICE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelDeploymentProperties.class)
@JsonDeserialize(as = ImmutableMLModelDeploymentProperties.class)
public interface MLModelDeploymentProperties extends Aspect, WithUnknownFields {
  /** The {@code mlModelDeploymentProperties} aspect type. */
  AspectType<MLModelDeploymentProperties> TYPE = AspectType.of("mlModelDeploymentProperties",
      "com.linkedin.ml.metadata.MLModelDeploymentProperties", MLModelDeploymentProperties.class,
      Set.of(EntityTypes.ML_MODEL_DEPLOYMENT));

  /** Free-form key-value properties; written as {@code {}} when empty. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the deployment in its source system, e.g. the SageMaker console. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** What the deployment is. */
  @JsonProperty("description")
  Optional<String> description();

  /** When the deployment was created, in epoch milliseconds. */
  @JsonProperty("createdAt")
  Optional<Long> createdAt();

  /** The deployment's version label. */
  @JsonProperty("version")
  Optional<VersionTag> version();

  /** The deployment's state. */
  @JsonProperty("status")
  Optional<DeploymentStatus> status();

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    createdAt().ifPresent(time -> Checks.checkTime("MLModelDeploymentProperties.createdAt", time));
  }

  @Override
  default AspectType<MLModelDeploymentProperties> aspectType() {
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

  /** Builds an {@link MLModelDeploymentProperties}; every field is optional. */
  final class Builder extends ImmutableMLModelDeploymentProperties.Builder {}
}
