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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlTrainingRunProperties} aspect of a training run, a dataProcessInstance whose sub-type is
 * {@code "ML Training Run"}: the run's id, outputs, hyperparameters and metrics. {@code customProperties} is always
 * written ({@code {}} when empty); empty lists are left out.
 *
 * <p>This aspect is recent: servers released before 2025 do not know it.
 *
 * <pre>{@code
 * MLTrainingRunProperties run = MLTrainingRunProperties.builder()
 *     .id("0414_simple_training_run")
 *     .addOutputUrl("s3://my-bucket/output")
 *     .hyperParams(MLHyperParam.listOf(Map.of("learning_rate", 0.01)))
 *     .trainingMetrics(MLMetric.listOf(Map.of("accuracy", 0.9)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLTrainingRunProperties.class)
@JsonDeserialize(as = ImmutableMLTrainingRunProperties.class)
public interface MLTrainingRunProperties extends Aspect, WithUnknownFields {
  /** The {@code mlTrainingRunProperties} aspect type. */
  AspectType<MLTrainingRunProperties> TYPE = AspectType.of("mlTrainingRunProperties",
      "com.linkedin.ml.metadata.MLTrainingRunProperties", MLTrainingRunProperties.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE));

  /** Free-form key-value properties; written as {@code {}} when empty. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the run in its source system, e.g. the MLflow run page. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The run's id in its source system. */
  @JsonProperty("id")
  Optional<String> id();

  /** Where the run wrote its outputs, e.g. {@code s3://bucket/run-42/}. */
  @JsonProperty("outputUrls")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> outputUrls();

  /** The hyperparameters, in order. */
  @JsonProperty("hyperParams")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLHyperParam> hyperParams();

  /** The metrics measured in training, in order. */
  @JsonProperty("trainingMetrics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLMetric> trainingMetrics();

  @Override
  default AspectType<MLTrainingRunProperties> aspectType() {
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

  /** Builds an {@link MLTrainingRunProperties}; every field is optional. */
  final class Builder extends ImmutableMLTrainingRunProperties.Builder {}
}
