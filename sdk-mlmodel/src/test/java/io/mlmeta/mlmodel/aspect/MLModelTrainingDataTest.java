package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DatasetUrn;
import org.junit.jupiter.api.Test;

class MLModelTrainingDataTest {
  @Test
  void minimalNamesOneDataset() {
    Golden.assertAspect(MLModelTrainingData.of(BaseData.of(DatasetUrn.of("s3", "bucket/train.csv"))),
        "golden/aspects/mlModelTrainingData-minimal.json");
  }

  @Test
  void richWritesMotivationAndPreProcessing() {
    MLModelTrainingData data = MLModelTrainingData.of(
        BaseData.builder()
            .dataset(DatasetUrn.of("s3", "bucket/train.csv"))
            .motivation("Two years of customer history")
            .addPreProcessing("Removed customers with less than 30 days of history")
            .addPreProcessing("One-hot encoded plan type")
            .build(),
        BaseData.of(DatasetUrn.of("snowflake", "prod.analytics.customer_features")));

    Golden.assertAspect(data, "golden/aspects/mlModelTrainingData-rich.json");
  }

  @Test
  void theRequiredListIsWrittenEvenWhenEmpty() {
    assertThat(AspectCodec.toJson(MLModelTrainingData.of())).isEqualTo("{\"trainingData\":[]}");
  }
}
