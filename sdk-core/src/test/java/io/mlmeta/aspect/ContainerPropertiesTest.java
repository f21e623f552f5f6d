package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.FabricType;
import org.junit.jupiter.api.Test;

class ContainerPropertiesTest {
  @Test
  void minimalPropertiesWriteEmptyCustomProperties() {
    Golden.assertAspect(ContainerProperties.of("Airline forecast experiment"),
        "golden/aspects/containerProperties-minimal.json");
  }

  @Test
  void richPropertiesWriteEveryField() {
    ContainerProperties properties = ContainerProperties.builder()
        .putCustomProperty("platform", "mlflow")
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://mlflow.example.com/#/experiments/7")
        .name("Airline forecast experiment")
        .qualifiedName("mlflow/forecasting/airline")
        .description("Experiment to forecast airline passenger numbers")
        .env(FabricType.PROD)
        .created(TimeStamp.of(1700000000000L, CorpUserUrn.of("jdoe")))
        .lastModified(TimeStamp.of(1700000500000L))
        .build();

    Golden.assertAspect(properties, "golden/aspects/containerProperties-rich.json");
  }

  @Test
  void withoutNameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ContainerProperties.builder().description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThatThrownBy(() -> ContainerProperties.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ContainerProperties.name must not be empty but was ''");
  }
}
