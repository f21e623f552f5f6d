package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import org.junit.jupiter.api.Test;

class DataProcessInstancePropertiesTest {
  private static final AuditStamp CREATED = AuditStamp.of(1628580000000L, CorpUserUrn.of("datahub"));

  @Test
  void minimalPropertiesHaveNameCreatedAndEmptyCustomProperties() {
    Golden.assertAspect(DataProcessInstanceProperties.of("Simple training run", CREATED),
        "golden/aspects/dataProcessInstanceProperties-minimal.json");
  }

  @Test
  void richPropertiesWriteEveryField() {
    DataProcessInstanceProperties properties = DataProcessInstanceProperties.builder()
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://mlflow.example.com/#/experiments/7/runs/42")
        .name("Simple training run")
        .type(DataProcessType.BATCH_AD_HOC)
        .created(CREATED.toBuilder().message("started from a notebook").build())
        .build();

    Golden.assertAspect(properties, "golden/aspects/dataProcessInstanceProperties-rich.json");
  }

  @Test
  void withoutCreatedIsRefusedNamingTheField() {
    assertThatThrownBy(() -> DataProcessInstanceProperties.builder().name("run").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("created");
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThatThrownBy(() -> DataProcessInstanceProperties.of("", CREATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DataProcessInstanceProperties.name must not be empty but was ''");
  }
}
