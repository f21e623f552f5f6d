package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.tracking.RunScope;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SDK-specific, no DataHub snippet: a training pipeline that records its run in DataHub as it trains, with
 * {@link RunScope}. The run (MLflow run {@value #RUN_ID}, named as DataHub's MLflow connector names it) is written
 * with its {@code STARTED} event before training, the hyperparameters and the metric logged at every epoch are
 * written together when the block ends, with the {@code COMPLETE} event (result {@code SUCCESS}; {@code FAILURE}
 * with the exception, had the block thrown), and the run links the features it read and the model version it
 * produced, which {@link RegisterModelVersion} registers.
 *
 * <p>The clock is fixed at {@link #STARTED} so that running the example again writes the same events; a pipeline
 * leaves the scope's clock as it is, the system clock. The host, user, Java version and {@code $GIT_COMMIT} are
 * recorded on the run.
 */
public final class TrackTrainingRun {
  /** The MLflow run id. */
  public static final String RUN_ID = "8c1f6a3e2b9d4f70";
  /** The run's URN, as DataHub's MLflow connector names MLflow run {@value #RUN_ID}. */
  public static final DataProcessInstanceUrn RUN = MlflowNames.defaults().run(RUN_ID);
  /** The features the run read, the training data of {@code mlmodel_update_aspects.py}. */
  public static final DatasetUrn FEATURES = DatasetUrn.of("snowflake", "prod.analytics.customer_features");
  /** When the run started (and, on the example's fixed clock, ended). */
  static final Instant STARTED = Instant.parse("2025-04-14T09:00:00Z");

  private TrackTrainingRun() {}

  /** Runs ten epochs of a stand-in training loop as one recorded run and returns the run as written. */
  public static TrainingRun run(DataHubClient client, PrintStream out) {
    RunScope runs = RunScope.of(client).withClock(Clock.fixed(STARTED, ZoneOffset.UTC));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("learning_rate", 0.1);
    params.put("max_depth", 6);
    params.put("n_estimators", 100);

    TrainingRun run = runs.run(MlflowNames.defaults().newRun(RUN_ID).name("Customer churn training")
        .addInputDataset(FEATURES), active -> {
          active.logParams(params);
          double loss = 0.69;
          for (int epoch = 1; epoch <= 10; epoch++) {
            loss = Math.round(loss * 0.85 * 1000) / 1000.0;   // what one epoch of training would return
            active.logMetric("log_loss", loss, epoch);
          }
          active.logMetric("accuracy", 0.87).logMetric("auc_roc", 0.91);
          active.producedModel(RegisterModelVersion.VERSION_1);
        });

    out.println("Recorded training run " + run.urn() + ": " + run.hyperParams().size() + " hyperparameters, "
        + run.trainingMetrics().size() + " metrics, produced " + run.outputs());
    return run;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
