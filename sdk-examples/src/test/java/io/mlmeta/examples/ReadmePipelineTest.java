package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.ModelVersions;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.tracking.RunScope;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "In a training pipeline" snippets, line for line but on a temporary local store. */
class ReadmePipelineTest {
  @TempDir Path dir;
  private double loss = 1.0;

  private double trainOneEpoch() {
    loss = loss * 0.8;
    return loss;
  }

  private static double evaluate() {
    return 0.91;
  }

  @Test
  void theRunScopeSnippetWorks() {
    MLModelUrn modelUrn = MlflowNames.defaults().modelVersion("customer-churn-models", "1");
    try (DataHubClient client = DataHubClient.local(dir)) {
      RunScope runs = RunScope.of(client);
      TrainingRun run = runs.run(TrainingRun.builder().runId("churn-2025-04-14").name("Nightly churn training")
          .addInputDataset(DatasetUrn.of("snowflake", "prod.analytics.customer_features")), active -> {
            active.logParam("learning_rate", 0.1).logParam("max_depth", 6);
            for (int epoch = 1; epoch <= 10; epoch++) {
              active.logMetric("log_loss", trainOneEpoch(), epoch);    // buffered, not a write per call
            }
            active.logMetric("auc_roc", evaluate()).producedModel(modelUrn);
          });

      TrainingRun saved = client.entities().get(run.urn(), TrainingRun.class);
      assertThat(saved.trainingMetrics()).extracting(m -> m.name()).containsExactly("log_loss", "auc_roc");
      assertThat(saved.outputs()).containsExactly(modelUrn);
    }
  }

  @Test
  void theRegistrationSnippetWorks() {
    String mlflowRunId = "8c1f6a3e2b9d4f70";
    try (DataHubClient client = DataHubClient.local(dir)) {
      MlflowNames mlflow = MlflowNames.defaults();
      MLModel v1 = ModelVersions.of(client).register(mlflow.newRegistration("customer-churn-models", "1")
          .addAlias("champion").trainingRun(mlflow.run(mlflowRunId))
          .addTrainingMetric("auc_roc", 0.91).addOwner(CorpUserUrn.of("data_science_team"))
          .build());

      assertThat(client.entities().get(v1.urn(), MLModel.class).aliases()).containsExactly("champion");
      assertThat(client.reader().exists(mlflow.registeredModel("customer-churn-models"))).isTrue();
    }
  }
}
