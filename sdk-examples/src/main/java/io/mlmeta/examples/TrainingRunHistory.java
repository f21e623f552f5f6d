package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;

/**
 * "What's the full history of training runs that created versions of this model?", the third question of the ML
 * Model docs' "Lineage Graph Structure", for the ARIMA model of {@link AiWorkflowDemo}: upstream of the model and,
 * through its version set ({@code VersionOf}), of every other version of it, kept to training runs. The demo's
 * model went from version 1 to 2 in place (one entity, one version set) and was trained by
 * {@code 0414_simple_training_run}, so that is the answer.
 */
public final class TrainingRunHistory {
  /** The question. */
  public static final String QUESTION = "What's the full history of training runs that created versions of this"
      + " model?";

  private TrainingRunHistory() {}

  /** Prints the question and the runs of every version of the demo's model, one per line, and returns them. */
  public static List<Urn> run(DataHubClient client, PrintStream out) {
    List<Urn> runs = client.lineage().walk(DemoUpdates.MODEL, LineageQuery.upstream().followVersions(true)
        .addReturnType(EntityTypes.DATA_PROCESS_INSTANCE).build()).urns();
    LineageAnswers.print(out, QUESTION, DemoUpdates.MODEL, runs);
    return runs;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
