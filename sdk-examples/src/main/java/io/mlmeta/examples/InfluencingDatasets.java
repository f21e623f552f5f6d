package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;

/**
 * "Show me all datasets that influenced this model's predictions", the first question of the ML Model docs'
 * "Lineage Graph Structure", for the ARIMA model of {@link AiWorkflowDemo}: everything upstream of the model (its
 * training run, the run's inputs, its model card's datasets, its features), kept to datasets. The demo's run read
 * {@code 0414_iris_input}, so that is the answer; the run's output, {@code 0414_iris_output}, is downstream.
 */
public final class InfluencingDatasets {
  /** The question. */
  public static final String QUESTION = "Show me all datasets that influenced this model's predictions";

  private InfluencingDatasets() {}

  /** Prints the question and the datasets upstream of the demo's model, one per line, and returns them. */
  public static List<Urn> run(DataHubClient client, PrintStream out) {
    List<Urn> datasets = client.lineage().walk(DemoUpdates.MODEL,
        LineageQuery.upstream().addReturnType(EntityTypes.DATASET).build()).urns();
    LineageAnswers.print(out, QUESTION, DemoUpdates.MODEL, datasets);
    return datasets;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
