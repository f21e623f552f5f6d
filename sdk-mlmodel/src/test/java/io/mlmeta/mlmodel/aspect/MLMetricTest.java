package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLMetricTest {
  @Test
  void listOfKeepsOrderAndWritesValuesAsText() {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("recall", 0.82);
    metrics.put("accuracy", 0.87f);
    metrics.put("support", 1200);
    metrics.put("converged", false);

    assertThat(MLMetric.listOf(metrics)).containsExactly(
        MLMetric.of("recall", "0.82"), MLMetric.of("accuracy", "0.87"), MLMetric.of("support", "1200"),
        MLMetric.of("converged", "false"));
  }

  @Test
  void listOfRefusesANullValueNamingTheKey() {
    Map<String, Object> metrics = new HashMap<>();
    metrics.put("auc_roc", null);

    assertThatThrownBy(() -> MLMetric.listOf(metrics))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metric 'auc_roc'");
  }

  @Test
  void anEmptyNameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLMetric.listOf(Map.of("", 0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLMetric.name");
  }

  @Test
  void aNegativeCreatedAtIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLMetric.builder().name("loss").createdAt(-1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLMetric.createdAt")
        .hasMessageContaining("-1");
  }
}
