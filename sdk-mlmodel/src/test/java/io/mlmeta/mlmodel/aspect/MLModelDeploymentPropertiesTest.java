package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.VersionTag;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MLModelDeploymentPropertiesTest {
  @Test
  void minimalWritesTheDefaultedCustomProperties() {
    Golden.assertAspect(MLModelDeploymentProperties.builder().build(),
        "golden/aspects/mlModelDeploymentProperties-minimal.json");
  }

  @Test
  void richWritesEveryField() {
    MLModelDeploymentProperties deployment = MLModelDeploymentProperties.builder()
        .putCustomProperty("instance_type", "ml.m5.xlarge")
        .externalUrl("https://console.aws.amazon.com/sagemaker/home#/endpoints/churn-endpoint")
        .description("Churn scoring endpoint")
        .createdAt(1700000000000L)
        .version(VersionTag.of("3"))
        .status(DeploymentStatus.ROLLING_BACK)
        .build();

    Golden.assertAspect(deployment, "golden/aspects/mlModelDeploymentProperties-rich.json");
  }

  @Test
  void theStatusHasDataHubsEightSymbols() {
    assertThat(DeploymentStatus.values()).extracting(Enum::name).containsExactly("OUT_OF_SERVICE", "CREATING",
        "UPDATING", "ROLLING_BACK", "IN_SERVICE", "DELETING", "FAILED", "UNKNOWN");
  }

  @ParameterizedTest
  @EnumSource(DeploymentStatus.class)
  void eachStatusIsWrittenAsItsSymbolAndReadBack(DeploymentStatus status) {
    MLModelDeploymentProperties deployment = MLModelDeploymentProperties.builder().status(status).build();

    String json = AspectCodec.toJson(deployment);

    assertThat(json).isEqualTo("{\"customProperties\":{},\"status\":\"" + status.name() + "\"}");
    assertThat(AspectCodec.fromJson(MLModelDeploymentProperties.TYPE, json)).isEqualTo(deployment);
  }

  @Test
  void aCreatedAtInMicrosecondsIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLModelDeploymentProperties.builder().createdAt(1700000000000000L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelDeploymentProperties.createdAt");
  }
}
