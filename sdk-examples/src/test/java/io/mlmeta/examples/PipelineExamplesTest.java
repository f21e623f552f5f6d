package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.DataProcessRunStatus;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.naming.MlflowNames;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK-specific pipeline examples: a run recorded as it trains, then the model version it produced registered. */
class PipelineExamplesTest extends LocalStoreTest {
  @BeforeEach
  void runBoth() {
    TrackTrainingRun.run(client, QUIET);
    RegisterModelVersion.run(client, QUIET);
  }

  @Test
  void theRunStartedCompletedAndKeepsTheLatestValueOfEachMetric() {
    List<DataProcessInstanceRunEvent> events = client.localStore().orElseThrow()
        .timeseries(TrackTrainingRun.RUN, DataProcessInstanceRunEvent.TYPE);
    assertThat(events).extracting(DataProcessInstanceRunEvent::status)
        .containsExactly(DataProcessRunStatus.STARTED, DataProcessRunStatus.COMPLETE);
    assertThat(events.get(1).result().orElseThrow().type()).isEqualTo(RunResultType.SUCCESS);

    TrainingRun run = client.entities().get(TrackTrainingRun.RUN, TrainingRun.class);
    assertThat(run.trainingMetrics()).extracting(m -> m.name() + "=" + m.value().orElseThrow())
        .containsExactly("log_loss=0.136", "accuracy=0.87", "auc_roc=0.91");
    assertThat(run.hyperParams()).hasSize(3);
    assertThat(run.inputs()).containsExactly(TrackTrainingRun.FEATURES);
    assertThat(run.outputs()).containsExactly(RegisterModelVersion.VERSION_1);
    assertThat(run.customProperties()).containsKeys("hostname", "unixname", "java_version");
  }

  @Test
  void theVersionIsRegisteredWithItsGroupAliasRunMetricsAndOwner() {
    MlflowNames mlflow = MlflowNames.defaults();
    MLModel version = client.entities().get(RegisterModelVersion.VERSION_1, MLModel.class);

    assertThat(version.version()).contains("1");
    assertThat(version.versionSet()).contains(mlflow.versionSet("customer-churn-models"));
    assertThat(version.aliases()).containsExactly("champion");
    assertThat(version.groups()).containsExactly(mlflow.registeredModel("customer-churn-models"));
    assertThat(version.trainingRuns()).containsExactly(TrackTrainingRun.RUN);
    assertThat(version.trainingMetrics()).extracting(MLMetric::name).containsExactly("log_loss", "accuracy",
        "auc_roc");
    assertThat(version.owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:data_science_team");
    assertThat(client.entities().get(mlflow.registeredModel("customer-churn-models"), MLModelGroup.class).urn())
        .isEqualTo(mlflow.registeredModel("customer-churn-models"));
  }

  @Test
  void runningBothAgainChangesNothing() {
    List<String> before = state();

    TrackTrainingRun.run(client, QUIET);
    RegisterModelVersion.run(client, QUIET);

    assertThat(state()).containsExactlyElementsOf(before);
  }

  private List<String> state() {
    return client.localStore().orElseThrow().proposals().stream()
        .map(m -> m.entityUrn() + " " + m.aspectName() + " " + m.aspect().orElseThrow())
        .collect(Collectors.toList());
  }
}
