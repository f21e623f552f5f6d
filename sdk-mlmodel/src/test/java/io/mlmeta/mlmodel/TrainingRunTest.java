package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.DataProcessInstanceRunResult;
import io.mlmeta.aspect.Edge;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.TagUrn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRunTest {
  private static final DatasetUrn TRAIN = DatasetUrn.of("snowflake", "train");
  private static final DatasetUrn OTHER = DatasetUrn.of("snowflake", "other");

  @Test
  void aMinimalRunIsOnlyItsSubType() {
    TrainingRun run = EntityFixtures.minimalRun();

    Golden.assertMcps(run.toMcps(), "golden/entities/trainingRun-minimal.json");
    assertThat(run.urn()).isEqualTo(DataProcessInstanceUrn.of("run-42"));
    assertThat(run.runId()).isEqualTo("run-42");
  }

  @Test
  void aRichRunWritesItsAspectsInTheAiClientsOrderThenItsEvents() {
    Golden.assertMcps(EntityFixtures.richRun().toMcps(), "golden/entities/trainingRun-rich.json");
  }

  @Test
  void theBuilderNamesAMissingRunId() {
    assertThatThrownBy(() -> TrainingRun.builder().name("x").started(1L).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TrainingRun.runId");
  }

  @Test
  void aNameNeedsACreatedOrStartedTimeAndPropertiesNeedAName() {
    assertThatThrownBy(() -> TrainingRun.builder().runId("r").name("Run").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TrainingRun.created");
    assertThatThrownBy(() -> TrainingRun.builder().runId("r").created(5L).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TrainingRun.name");
    assertThatThrownBy(() -> TrainingRun.builder().runId("r").putCustomProperty("a", "b").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TrainingRun.name");
  }

  @Test
  void createdDefaultsToTheStartByTheIngestionActor() {
    TrainingRun run = TrainingRun.builder().runId("r").name("Run").started(Instant.ofEpochMilli(42)).build();

    assertThat(run.aspect(DataProcessInstanceProperties.TYPE).orElseThrow().created())
        .isEqualTo(AuditStamp.of(42L, AuditStamp.INGESTION_ACTOR));
    assertThat(run.name()).contains("Run");
    assertThat(run.pendingEvents()).containsExactly(started(42));
  }

  @Test
  void completionCarriesTheDurationWhenTheStartIsKnown() {
    TrainingRun run = EntityFixtures.minimalRun().started(1000L).completed(Instant.ofEpochMilli(3500),
        RunResultType.SUCCESS);

    assertThat(run.pendingEvents()).containsExactly(started(1000), DataProcessInstanceRunEvent.completed(3500,
        DataProcessInstanceRunResult.of(RunResultType.SUCCESS, "SUCCESS")).toBuilder().attempt(1)
        .durationMillis(2500L).build());
    assertThat(run.aspects()).extracting(a -> a.aspectName()).doesNotContain("dataProcessInstanceRunEvent");
  }

  @Test
  void completionLeavesOutAnUnknownOrZeroDuration() {
    TrainingRun unknown = EntityFixtures.minimalRun().completed(3500L, RunResultType.SKIPPED, "SKIPPED_BY_USER");
    TrainingRun instant = EntityFixtures.minimalRun().started(3500L).failed(3500L);

    DataProcessInstanceRunEvent skipped = (DataProcessInstanceRunEvent) unknown.pendingEvents().get(0);
    assertThat(skipped.durationMillis()).isEmpty();
    assertThat(skipped.result())
        .contains(DataProcessInstanceRunResult.of(RunResultType.SKIPPED, "SKIPPED_BY_USER"));
    DataProcessInstanceRunEvent failed = (DataProcessInstanceRunEvent) instant.pendingEvents().get(1);
    assertThat(failed.durationMillis()).isEmpty();
    assertThat(failed.result()).contains(DataProcessInstanceRunResult.of(RunResultType.FAILURE, "FAILURE"));
  }

  @Test
  void anEndBeforeTheStartIsRefusedNamingBothTimes() {
    TrainingRun started = EntityFixtures.minimalRun().started(2000L);
    assertThatThrownBy(() -> started.completed(1000L, RunResultType.SUCCESS))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000").hasMessageContaining("2000");

    TrainingRun completed = EntityFixtures.minimalRun().completed(1000L, RunResultType.SUCCESS);
    assertThatThrownBy(() -> completed.started(2000L))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1000").hasMessageContaining("2000");
    assertThat(started.pendingEvents()).hasSize(1);
    assertThat(completed.pendingEvents()).hasSize(1);
  }

  @Test
  void aRunStartsOnceAndCompletesOnce() {
    TrainingRun run = EntityFixtures.minimalRun().started(1000L).completed(2000L, RunResultType.SUCCESS);

    assertThatThrownBy(() -> run.started(1000L)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already started");
    assertThatThrownBy(() -> run.failed(3000L)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already completed");
  }

  @Test
  void inputsAndOutputsAreEdgesAddedOnce() {
    TrainingRun run = EntityFixtures.minimalRun().addInputDataset(TRAIN).addInputDataset(TRAIN)
        .addOutputDataset(OTHER).addOutputDataset(OTHER).addOutput(MLModelUrn.of("mlflow", "m"));

    assertThat(run.inputs()).containsExactly(TRAIN);
    assertThat(run.outputs()).containsExactly(OTHER, MLModelUrn.of("mlflow", "m"));
    assertThat(run.aspect(DataProcessInstanceInput.TYPE).orElseThrow())
        .isEqualTo(DataProcessInstanceInput.builder().addInputEdge(Edge.to(TRAIN)).build());
    assertThatThrownBy(() -> run.addInput(TagUrn.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input")
        .hasMessageContaining("urn:li:tag:x");
  }

  @Test
  void anInputReadAsAPlainUrnIsNotAddedAgain() {
    TrainingRun run = readRun(DataProcessInstanceInput.of(TRAIN)).addInputDataset(TRAIN);

    assertThat(run.aspect(DataProcessInstanceInput.TYPE)).contains(DataProcessInstanceInput.of(TRAIN));
  }

  @Test
  void addInputDatasetReappliedToANewerValueKeepsTheOtherWritersInputs() {
    TrainingRun run = readRun(DataProcessInstanceInput.of()).addInputDataset(TRAIN);

    DataProcessInstanceInput newer = DataProcessInstanceInput.builder().addInputEdge(Edge.to(OTHER)).build();
    DataProcessInstanceInput merged =
        (DataProcessInstanceInput) pending(run, "dataProcessInstanceInput").reapply(newer);

    assertThat(merged.inputEdges()).containsExactly(Edge.to(OTHER), Edge.to(TRAIN));
  }

  @Test
  void theExperimentIsTheContainer() {
    Experiment experiment = EntityFixtures.minimalExperiment();
    ContainerUrn other = ContainerUrn.of("other");

    assertThat(EntityFixtures.minimalRun().setExperiment(experiment).experiment()).contains(experiment.urn());
    assertThat(EntityFixtures.minimalRun().setExperiment(other).container()).contains(other);
  }

  @Test
  void trainingRunPropertiesStartWithTheRunIdAndTakeResultsByName() {
    TrainingRun run = EntityFixtures.minimalRun().addHyperParam("lr", 0.1).addHyperParam("lr", 0.2)
        .setTrainingMetrics(Map.of("accuracy", 0.9)).addOutputUrl("s3://a").addOutputUrl("s3://a")
        .setExternalUrl("https://mlflow/run");

    MLTrainingRunProperties props = run.trainingRunProperties().orElseThrow();
    assertThat(props.id()).contains("run-42");
    assertThat(run.hyperParams()).containsExactly(MLHyperParam.of("lr", "0.2"));
    assertThat(run.trainingMetrics()).extracting(m -> m.value().orElseThrow()).containsExactly("0.9");
    assertThat(run.outputUrls()).containsExactly("s3://a");
    assertThat(run.externalUrl()).contains("https://mlflow/run");
  }

  @Test
  void theKindReadsTrainingRunsOnly() {
    TrainingRun back = EntityTesting.roundTrip(EntityFixtures.richRun());
    assertThat(back.urn()).isInstanceOf(DataProcessInstanceUrn.class);
    assertThat(back.pendingEvents()).isEmpty();
    assertThat(EntityTesting.KINDS.fromAspects(read(DataProcessInstanceUrn.of("airflow-task"),
        List.of(SubTypes.of("Task Run"))))).isEmpty();
    assertThat(EntityTesting.KINDS.fromAspects(read(DataProcessInstanceUrn.of("r"),
        List.of(MLTrainingRunProperties.builder().build())))).containsInstanceOf(TrainingRun.class);
  }

  private static TrainingRun readRun(DataProcessInstanceInput input) {
    return (TrainingRun) EntityTesting.readBack(read(DataProcessInstanceUrn.of("run-42"),
        List.of(SubTypes.of(MLAssetSubTypes.ML_TRAINING_RUN), input)));
  }

  private static DataProcessInstanceRunEvent started(long at) {
    return DataProcessInstanceRunEvent.started(at).toBuilder().attempt(1).build();
  }

  @Test
  void anOrchestratorNamesTheRunAsDataHubsDataProcessInstanceDoes() {
    // datahub-project/datahub metadata-ingestion/tests/integration/mlflow/mlflow_mcps_golden.json
    TrainingRun run = TrainingRun.builder().runId("02660a3bee9941ed983667f678ce5611").orchestrator("mlflow").build();

    assertThat(run.urn()).isEqualTo(DataProcessInstanceUrn.of("2666299269d6ebea994d5ec0c29e3aca"));
    assertThat(run.runId()).isEqualTo("02660a3bee9941ed983667f678ce5611");
    assertThat(run.trainingRunProperties().flatMap(MLTrainingRunProperties::id))
        .contains("02660a3bee9941ed983667f678ce5611");
    assertThat(TrainingRun.urnOf("mlflow", "02660a3bee9941ed983667f678ce5611")).isEqualTo(run.urn());
  }

  @Test
  void aRunNamedByOrchestratorIsReadBackWithItsRunId() {
    TrainingRun run = TrainingRun.builder().runId("r-1").orchestrator("mlflow").addHyperParam("p", 1).build();

    TrainingRun back = (TrainingRun) EntityTesting.readBack(read(run.urn(), run.aspects()));

    assertThat(back.runId()).isEqualTo("r-1");
    assertThat(back.urn()).isEqualTo(TrainingRun.urnOf("mlflow", "r-1"));
  }

  @Test
  void theBuildersPlatformWritesDataPlatformInstanceWithoutAnInstance() {
    TrainingRun run = TrainingRun.builder().runId("r").platform(DataPlatformUrn.of("mlflow")).build();

    assertThat(run.aspect(DataPlatformInstance.TYPE))
        .contains(DataPlatformInstance.of(DataPlatformUrn.of("mlflow")));
  }
}
