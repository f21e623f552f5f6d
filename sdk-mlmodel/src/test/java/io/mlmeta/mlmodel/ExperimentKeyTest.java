package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected URNs from datahub-project/datahub: metadata-ingestion/tests/integration/mlflow/mlflow_mcps_golden.json
 * (experiment "Default" keyed by the platform URN) and tests/integration/vertexai/vertexai_mcps_golden.json
 * (experiment "test-project-id.experiment.mock_experiment_1" keyed by the platform name).
 */
class ExperimentKeyTest {
  @Test
  void thePlatformIsHashedAsTheTextGiven() {
    assertThat(ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default").urn())
        .isEqualTo(ContainerUrn.of("03d28ec52349332a202a252cb2388d83"));
    assertThat(ExperimentKey.of("vertexai", "test-project-id.experiment.mock_experiment_1").urn())
        .isEqualTo(ContainerUrn.of("b7661ca4f9851ac953d1a1d35d2e71c9"));
    assertThat(ExperimentKey.of("mlflow", "Default").urn())
        .isNotEqualTo(ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default").urn());
  }

  @Test
  void bothFormsNameTheSamePlatform() {
    assertThat(ExperimentKey.of("urn:li:dataPlatform:mlflow", "e").platform()).isEqualTo(DataPlatformUrn.of("mlflow"));
    assertThat(ExperimentKey.of("mlflow", "e").platform()).isEqualTo(DataPlatformUrn.of("mlflow"));
  }

  @Test
  void fieldsFollowDataHubsKeyOrderWithTheInstanceBeforeTheId() {
    assertThat(List.copyOf(ExperimentKey.of("vertexai", "eu", "x").fields().keySet()))
        .containsExactly("platform", "instance", "id");
    assertThat(ExperimentKey.of("vertexai", "x").fields()).containsExactly(Map.entry("platform", "vertexai"),
        Map.entry("id", "x"));
  }

  @Test
  void emptyPartsAreRefused() {
    assertThatThrownBy(() -> ExperimentKey.of("", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ExperimentKey.platform");
    assertThatThrownBy(() -> ExperimentKey.of("mlflow", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Experiment.id");
  }

  @Test
  void aBuilderGivenTheKeyUsesItForUrnAndCustomPropertiesAsTheConnectorDoes() {
    Experiment experiment = Experiment.builder().key(ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default"))
        .putCustomProperty("artifacts_location", "/mlruns/0").build();

    assertThat(experiment.urn()).isEqualTo(ContainerUrn.of("03d28ec52349332a202a252cb2388d83"));
    assertThat(experiment.customProperties()).containsExactly(Map.entry("platform", "urn:li:dataPlatform:mlflow"),
        Map.entry("id", "Default"), Map.entry("artifacts_location", "/mlruns/0"));
    assertThat(experiment.displayName()).contains("Default");
    assertThat(experiment.platform()).contains(DataPlatformUrn.of("mlflow"));
  }

  @Test
  void builderCustomPropertiesFollowTheGivenKeysFields() {
    Experiment experiment = Experiment.builder().key(ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default"))
        .customProperties(Map.of("team", "forecasting")).build();

    assertThat(experiment.customProperties()).containsOnly(Map.entry("platform", "urn:li:dataPlatform:mlflow"),
        Map.entry("id", "Default"), Map.entry("team", "forecasting"));
  }

  @Test
  void aKeyWithAnInstanceSetsTheBuildersPlatformInstance() {
    Experiment experiment = Experiment.builder().key(ExperimentKey.of("vertexai", "eu", "x")).build();

    assertThat(experiment.urn()).isEqualTo(ExperimentKey.of("vertexai", "eu", "x").urn());
    assertThat(experiment.aspect(DataPlatformInstance.TYPE)).contains(
        DataPlatformInstance.of(DataPlatformInstanceUrn.of(DataPlatformUrn.of("vertexai"), "eu")));
  }

  @Test
  void anIdChangedAfterTheKeyIsRefused() {
    assertThatThrownBy(() -> Experiment.builder().key(ExperimentKey.of("urn:li:dataPlatform:mlflow", "a")).id("b")
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("Experiment.key")
        .hasMessageContaining("id b");
  }

  @Test
  void equalKeysHaveEqualFields() {
    assertThat(ExperimentKey.of("mlflow", "a")).isEqualTo(ExperimentKey.of("mlflow", "a"))
        .hasSameHashCodeAs(ExperimentKey.of("mlflow", "a"))
        .isNotEqualTo(ExperimentKey.of("urn:li:dataPlatform:mlflow", "a"));
  }
}
