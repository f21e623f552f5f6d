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
 * The {@code mlModelTrainingData} aspect of an mlModel (model card; Pegasus record {@code TrainingData}): the
 * datasets the model was trained on. The list is required, so it is written even when empty.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelTrainingData.class)
@JsonDeserialize(as = ImmutableMLModelTrainingData.class)
public interface MLModelTrainingData extends Aspect, WithUnknownFields {
  /** The {@code mlModelTrainingData} aspect type. */
  AspectType<MLModelTrainingData> TYPE = AspectType.of("mlModelTrainingData",
      "com.linkedin.ml.metadata.TrainingData", MLModelTrainingData.class, Set.of(EntityTypes.ML_MODEL));

  /** The training datasets, in order. */
  @JsonProperty("trainingData")
  List<BaseData> trainingData();

  /** Training data {@code datasets}. */
  static MLModelTrainingData of(BaseData... datasets) {
    return builder().addTrainingData(Objects.requireNonNull(datasets, "datasets")).build();
  }

  @Override
  default AspectType<MLModelTrainingData> aspectType() {
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

  /** Builds an {@link MLModelTrainingData}. */
  final class Builder extends ImmutableMLModelTrainingData.Builder {}
}
