package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLTrainingRunPropertiesTest {
  @Test
  void minimalWritesTheDefaultedCustomProperties() {
    Golden.assertAspect(MLTrainingRunProperties.builder().build(),
        "golden/aspects/mlTrainingRunProperties-minimal.json");
  }

  @Test
  void richWritesEveryField() {
    MLTrainingRunProperties run = MLTrainingRunProperties.builder()
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://mlflow.example.com/#/experiments/1/runs/0a1b2c")
        .id("0a1b2c")
        .addOutputUrl("s3://my-bucket/output")
        .addOutputUrl("s3://my-bucket/model.pkl")
        .addHyperParam(MLHyperParam.of("learning_rate", "0.01"))
        .addHyperParam(MLHyperParam.builder().name("epochs").description("Passes over the data").value("20")
            .createdAt(1700000000000L).build())
        .addTrainingMetric(MLMetric.of("accuracy", "0.9"))
        .addTrainingMetric(MLMetric.builder().name("loss").description("Final log loss").value("0.27")
            .createdAt(1700000100000L).build())
        .build();

    Golden.assertAspect(run, "golden/aspects/mlTrainingRunProperties-rich.json");
  }

  @Test
  void belongsToDataProcessInstances() {
    assertThat(MLTrainingRunProperties.TYPE.entityTypes()).containsExactly("dataProcessInstance");
    assertThat(MLTrainingRunProperties.TYPE.pegasusClass())
        .isEqualTo("com.linkedin.ml.metadata.MLTrainingRunProperties");
  }
}
