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
 * The {@code mlModelMetrics} aspect of an mlModel (model card; Pegasus record {@code Metrics}): which performance
 * measures the model is judged by and its decision thresholds. Measured values go in
 * {@link MLModelProperties#trainingMetrics()}.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelMetrics.class)
@JsonDeserialize(as = ImmutableMLModelMetrics.class)
public interface MLModelMetrics extends Aspect, WithUnknownFields {
  /** The {@code mlModelMetrics} aspect type. */
  AspectType<MLModelMetrics> TYPE = AspectType.of("mlModelMetrics", "com.linkedin.ml.metadata.Metrics",
      MLModelMetrics.class, Set.of(EntityTypes.ML_MODEL));

  /** The measures of performance, e.g. {@code "F1 score"}. */
  @JsonProperty("performanceMeasures")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> performanceMeasures();

  /** The decision thresholds, as text. */
  @JsonProperty("decisionThreshold")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> decisionThreshold();

  @Override
  default AspectType<MLModelMetrics> aspectType() {
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

  /** Builds an {@link MLModelMetrics}; every field is optional. */
  final class Builder extends ImmutableMLModelMetrics.Builder {}
}
