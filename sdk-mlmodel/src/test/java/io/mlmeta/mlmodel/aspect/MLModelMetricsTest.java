package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLModelMetricsTest {
  @Test
  void minimalLeavesEmptyListsOut() {
    Golden.assertAspect(MLModelMetrics.builder().build(), "golden/aspects/mlModelMetrics-minimal.json");
  }

  @Test
  void richWritesMeasuresAndThresholds() {
    MLModelMetrics metrics = MLModelMetrics.builder()
        .addPerformanceMeasure("accuracy").addPerformanceMeasure("F1 score")
        .addDecisionThreshold("0.5").addDecisionThreshold("0.7")
        .build();

    Golden.assertAspect(metrics, "golden/aspects/mlModelMetrics-rich.json");
  }

  @Test
  void theWireRecordIsCalledMetrics() {
    assertThat(MLModelMetrics.TYPE.name()).isEqualTo("mlModelMetrics");
    assertThat(MLModelMetrics.TYPE.pegasusClass()).isEqualTo("com.linkedin.ml.metadata.Metrics");
  }
}
