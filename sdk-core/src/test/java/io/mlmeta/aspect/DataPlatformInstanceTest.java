package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import org.junit.jupiter.api.Test;

class DataPlatformInstanceTest {
  @Test
  void minimalNamesOnlyThePlatform() {
    Golden.assertAspect(DataPlatformInstance.of(DataPlatformUrn.of("mlflow")),
        "golden/aspects/dataPlatformInstance-minimal.json");
  }

  @Test
  void anInstanceAlsoNamesItsPlatform() {
    DataPlatformInstance aspect = DataPlatformInstance.of(
        DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "prod-tracking"));

    Golden.assertAspect(aspect, "golden/aspects/dataPlatformInstance-rich.json");
  }

  @Test
  void theInstanceMustBelongToThePlatform() {
    assertThatThrownBy(() -> DataPlatformInstance.builder()
        .platform(DataPlatformUrn.of("sagemaker"))
        .instance(DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "prod-tracking"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DataPlatformInstance.instance")
        .hasMessageContaining("urn:li:dataPlatformInstance:(urn:li:dataPlatform:mlflow,prod-tracking)");
  }

  @Test
  void withoutPlatformIsRefusedNamingTheField() {
    assertThatThrownBy(() -> DataPlatformInstance.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("platform");
  }

  @Test
  void trainingRunsAndContainersCarryIt() {
    assertThat(DataPlatformInstance.TYPE.appliesTo(EntityTypes.DATA_PROCESS_INSTANCE)).isTrue();
    assertThat(DataPlatformInstance.TYPE.appliesTo(EntityTypes.CONTAINER)).isTrue();
    assertThat(DataPlatformInstance.TYPE.relationships()).isEmpty();
  }
}
