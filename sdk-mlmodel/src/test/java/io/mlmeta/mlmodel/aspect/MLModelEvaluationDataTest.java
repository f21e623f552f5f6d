package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DatasetUrn;
import org.junit.jupiter.api.Test;

class MLModelEvaluationDataTest {
  @Test
  void minimalNamesOneDataset() {
    Golden.assertAspect(MLModelEvaluationData.of(BaseData.of(DatasetUrn.of("s3", "bucket/eval.csv"))),
        "golden/aspects/mlModelEvaluationData-minimal.json");
  }

  @Test
  void richWritesMotivationAndPreProcessing() {
    MLModelEvaluationData data = MLModelEvaluationData.of(
        BaseData.builder()
            .dataset(DatasetUrn.of("s3", "bucket/eval.csv"))
            .motivation("Held-out quarter with confirmed churn labels")
            .addPreProcessing("Dropped rows with missing tenure")
            .addPreProcessing("Scaled numerical features")
            .build(),
        BaseData.of(DatasetUrn.of("snowflake", "prod.analytics.churn_holdout", "DEV")));

    Golden.assertAspect(data, "golden/aspects/mlModelEvaluationData-rich.json");
  }

  @Test
  void theRequiredListIsWrittenEvenWhenEmpty() {
    assertThat(AspectCodec.toJson(MLModelEvaluationData.of())).isEqualTo("{\"evaluationData\":[]}");
  }
}
