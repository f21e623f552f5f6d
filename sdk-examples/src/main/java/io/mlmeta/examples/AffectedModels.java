package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;

/**
 * "Which models will be affected if this dataset schema changes?", the second question of the ML Model docs'
 * "Lineage Graph Structure", for the iris training input of {@link AiWorkflowDemo}: everything downstream of the
 * dataset (the runs that read it, the models and groups they trained, their deployments), kept to models. The
 * demo's run read it and trained {@code 0414_arima_model}, so that is the answer.
 */
public final class AffectedModels {
  /** The question. */
  public static final String QUESTION = "Which models will be affected if this dataset schema changes?";

  private AffectedModels() {}

  /** Prints the question and the models downstream of the demo's input dataset, one per line, and returns them. */
  public static List<Urn> run(DataHubClient client, PrintStream out) {
    List<Urn> models = client.lineage().walk(DemoDatasets.IRIS_INPUT,
        LineageQuery.downstream().addReturnType(EntityTypes.ML_MODEL).build()).urns();
    LineageAnswers.print(out, QUESTION, DemoDatasets.IRIS_INPUT, models);
    return models;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
