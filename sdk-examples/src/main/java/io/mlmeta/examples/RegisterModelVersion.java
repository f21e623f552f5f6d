package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.ModelRegistration;
import io.mlmeta.mlmodel.ModelVersions;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.CorpUserUrn;
import java.io.PrintStream;

/**
 * SDK-specific, no DataHub snippet: "after registering a model in MLflow, tell DataHub". Registers version 1 of
 * MLflow's registered model {@code customer-churn-models} (the group {@code mlmodel_create.py} puts its model in)
 * with {@link ModelVersions#register}, in one atomic write: the version in the registered model's version set,
 * alias {@code champion}, the training run of {@link TrackTrainingRun} with its metrics and hyperparameters, owner
 * {@code data_science_team}, and the group, created since no snippet creates it. Named as DataHub's MLflow
 * connector names them, so what the connector ingests later lands on the same entities.
 */
public final class RegisterModelVersion {
  /** {@code urn:li:mlModel:(urn:li:dataPlatform:mlflow,customer-churn-models_1,PROD)}. */
  public static final MLModelUrn VERSION_1 = MlflowNames.defaults().modelVersion("customer-churn-models", "1");

  private RegisterModelVersion() {}

  /** Registers the version and returns it as written. */
  public static MLModel run(DataHubClient client, PrintStream out) {
    MlflowNames mlflow = MlflowNames.defaults();
    // MLflow: mlflow.register_model(f"runs:/{run_id}/model", "customer-churn-models") returned version 1.
    TrainingRun run = client.entities().get(TrackTrainingRun.RUN, TrainingRun.class);
    ModelRegistration.Builder version = mlflow.newRegistration("customer-churn-models", "1")
        .addAlias("champion")
        .trainingRun(run.urn())
        .addOwner(CorpUserUrn.of("data_science_team"));
    run.trainingMetrics().forEach(version::addTrainingMetric);
    run.hyperParams().forEach(version::addHyperParam);
    MLModel registered = ModelVersions.of(client).register(version.build());

    out.println("Registered " + registered.urn() + " version " + registered.version().orElseThrow() + " "
        + registered.aliases() + ", trained by " + registered.trainingRuns());
    return registered;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
