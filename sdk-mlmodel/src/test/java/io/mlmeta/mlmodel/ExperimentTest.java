package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentTest {
  @Test
  void aMinimalExperimentIsNamedByItsIdAndCarriesItsKey() {
    Experiment experiment = EntityFixtures.minimalExperiment();

    Golden.assertMcps(experiment.toMcps(), "golden/entities/experiment-minimal.json");
    assertThat(experiment.displayName()).contains("churn_experiment");
    assertThat(experiment.platform()).contains(DataPlatformUrn.of("mlflow"));
  }

  @Test
  void theIdGivenToTheBuilderIsReadBackFromTheKeysCustomProperty() {
    Experiment built = Experiment.builder().platform("mlflow").id("churn-2026").build();
    Experiment roundTripped = EntityTesting.roundTrip(built);
    Experiment byDataHubsSdk = (Experiment) EntityTesting.readBack(read(built.urn(), List.of(
        ContainerProperties.builder().name("Churn").putCustomProperty("platform", "mlflow").build(),
        SubTypes.of(MLAssetSubTypes.ML_EXPERIMENT))));

    assertThat(built.id()).contains("churn-2026");
    assertThat(roundTripped.id()).contains("churn-2026");
    assertThat(byDataHubsSdk.id()).isEmpty();
  }

  @Test
  void aRichExperimentWritesEveryAspectInPythonsOrder() {
    Golden.assertMcps(EntityFixtures.richExperiment().toMcps(), "golden/entities/experiment-rich.json");
  }

  @Test
  void theUrnIsDataHubsGuidOfPlatformAndId() {
    // python3 -c 'import json,hashlib;print(hashlib.md5(json.dumps({"platform":"mlflow",
    //     "id":"0414_airline_forecast_experiment"},separators=(",",":"),sort_keys=True).encode()).hexdigest())'
    assertThat(Experiment.urnOf("mlflow", "0414_airline_forecast_experiment"))
        .isEqualTo(ContainerUrn.of("38750a310c81e98536d7a972e579ab2c"));
    assertThat(Experiment.builder().platform("urn:li:dataPlatform:mlflow").id("0414_airline_forecast_experiment")
        .build().urn()).isEqualTo(ContainerUrn.of("38750a310c81e98536d7a972e579ab2c"));
  }

  @Test
  void distinctIdsGiveDistinctUrnsAndNeverDataHubsDemoCollision() {
    ContainerUrn basic = Experiment.urnOf("mlflow", "0414_basic_experiment");
    ContainerUrn airline = Experiment.urnOf("mlflow", "0414_airline_forecast_experiment");

    assertThat(basic).isNotEqualTo(airline);
    assertThat(basic).isEqualTo(Experiment.urnOf("mlflow", "0414_basic_experiment"));
    assertThat(List.of(basic, airline)).doesNotContain(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395"));
    assertThat(Experiment.urnOf("mlflow", "eu", "0414_basic_experiment")).isNotEqualTo(basic);
  }

  @Test
  void theBuilderNamesAMissingPlatformOrId() {
    assertThatThrownBy(() -> Experiment.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Experiment.platform");
    assertThatThrownBy(() -> Experiment.builder().platform("mlflow").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Experiment.id");
  }

  @Test
  void builderCustomPropertiesAreAddedToTheKeysButSetCustomPropertiesReplacesAll() {
    Experiment experiment = Experiment.builder().platform("mlflow").id("e")
        .customProperties(Map.of("old", "x")).customProperties(Map.of("team", "forecasting")).build();
    assertThat(experiment.customProperties())
        .containsOnly(Map.entry("platform", "mlflow"), Map.entry("id", "e"), Map.entry("team", "forecasting"));

    experiment.setCustomProperties(Map.of("team", "forecasting", "priority", "high"));
    assertThat(experiment.customProperties())
        .containsOnly(Map.entry("team", "forecasting"), Map.entry("priority", "high"));
  }

  @Test
  void propertyMutatorsSetTheirFields() {
    Experiment experiment = EntityFixtures.minimalExperiment().setDisplayName("Churn").setDescription("runs")
        .setExternalUrl("https://x").addCustomProperty("team", "retention")
        .setCreated(Instant.ofEpochMilli(5)).setLastModified(Instant.ofEpochMilli(6));

    assertThat(experiment.displayName()).contains("Churn");
    assertThat(experiment.description()).contains("runs");
    assertThat(experiment.externalUrl()).contains("https://x");
    assertThat(experiment.customProperties()).containsEntry("team", "retention").containsEntry("id",
        "churn_experiment");
    assertThat(experiment.created()).contains(Instant.ofEpochMilli(5));
    assertThat(experiment.lastModified()).contains(Instant.ofEpochMilli(6));
  }

  @Test
  void addCustomPropertyReappliedToANewerValueKeepsTheOtherWritersProperties() {
    Experiment experiment = (Experiment) EntityTesting.readBack(read(Experiment.urnOf("mlflow", "e"),
        List.of(ContainerProperties.of("e"), SubTypes.of(MLAssetSubTypes.ML_EXPERIMENT))));
    experiment.addCustomProperty("mine", "1");

    ContainerProperties newer = ContainerProperties.builder().name("E").putCustomProperty("theirs", "2").build();
    ContainerProperties merged = (ContainerProperties) pending(experiment, "containerProperties").reapply(newer);

    assertThat(merged.name()).isEqualTo("E");
    assertThat(merged.customProperties()).containsOnly(Map.entry("theirs", "2"), Map.entry("mine", "1"));
  }

  @Test
  void theKindReadsExperimentsOnly() {
    Experiment back = EntityTesting.roundTrip(EntityFixtures.richExperiment());
    assertThat(back.urn()).isInstanceOf(ContainerUrn.class);
    assertThat(back.terms()).hasSize(1);
    assertThat(EntityTesting.KINDS.fromAspects(read(ContainerUrn.of("db"), List.of(SubTypes.of("Database")))))
        .isEmpty();
    assertThat(EntityTesting.KINDS.fromAspects(read(ContainerUrn.of("bare"), List.of()))).isEmpty();
  }
}
