package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.local.LocalStore;
import io.mlmeta.read.EntityAspects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs every example in order against DataHub ({@code DATAHUB_GMS_URL}, {@code DATAHUB_GMS_TOKEN}) or, when no
 * server is named, against the local store in {@code ./mlmeta-store} ({@code $MLMETA_STORE}); prints one line per
 * example, exports the local store for {@code datahub ingest}, and prints the lineage it reads back. Exits with 1
 * if any example failed (the others still run). Safe to run again over its own output.
 *
 * <pre>
 * mvn -q install -DskipTests &amp;&amp; mvn -q -f sdk-examples exec:java
 * </pre>
 */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** Runs all examples; exits with 1 if any failed. */
  public static void main(String[] args) {
    Path directory = Examples.directory(System.getenv());
    int code;
    try (DataHubClient client = DataHubClient.fromEnvOrLocal(Examples.storeDirectory(directory))) {
      code = run(client, Examples.exportFile(directory), System.out);
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs every step of {@link #steps()} against {@code client}, exports a local store to {@code exportFile} and prints
   * the lineage; returns 0 if everything succeeded, else 1.
   */
  public static int run(DataHubClient client, Path exportFile, PrintStream out) {
    return run(client, steps(), exportFile, out);
  }

  /** As {@link #run(DataHubClient, Path, PrintStream)} with the given steps. */
  static int run(DataHubClient client, List<Step> steps, Path exportFile, PrintStream out) {
    Optional<LocalStore> store = client.localStore();
    if (store.isPresent()) {
      out.println("Writing to the local store in " + store.get().directory() + " (DATAHUB_GMS_URL is not set;"
          + " set it, and DATAHUB_GMS_TOKEN, to write to a DataHub server instead)");
    } else {
      out.println("Writing to DataHub GMS at " + client.location());
    }
    int failures = 0;
    for (Step step : steps) {
      if (!step.runAndReport(client, out)) {
        failures++;
      }
    }
    if (store.isPresent()) {
      failures += export(store.get(), exportFile, out) ? 0 : 1;
    }
    failures += printLineage(client, out) ? 0 : 1;
    out.println(failures == 0 ? "All examples ran." : failures + " step(s) failed.");
    return failures == 0 ? 0 : 1;
  }

  /**
   * The examples in the order they depend on each other, with the runner's own setup step; the four lineage
   * questions and the search last, as they read what the others wrote.
   */
  public static List<Step> steps() {
    return List.of(
        new Step("CreateModel", "mlmodel_create.py", (c, o) -> "created " + CreateModel.run(c, o)),
        new Step("AddModelMetadata", "mlmodel_add_metadata.py", (c, o) -> {
          var model = AddModelMetadata.run(c, o);
          return "updated " + model.urn() + ": " + model.hyperParams().size() + " hyperparameters, "
              + model.trainingMetrics().size() + " metrics, tags " + model.tags() + ", domain "
              + model.domain().map(Object::toString).orElse("none");
        }),
        new Step("UpdateModelAspects", "mlmodel_update_aspects.py",
            (c, o) -> "updated " + UpdateModelAspects.run(c, o).urn()
                + ": intendedUse, mlModelTrainingData, sourceCode, mlModelEthicalConsiderations"),
        new Step("QueryModel", "mlmodel_query_rest_api.py", (c, o) -> {
          EntityAspects read = QueryModel.run(c, o);
          return "read " + read.urn() + ": " + read.aspects().keySet();
        }),
        new Step("CreateDeployment", "mlmodel_deployment_create.py",
            (c, o) -> "created " + CreateDeployment.run(c, o)),
        new Step("(setup)", "no snippet", (c, o) -> RecommendationModel.ensureExists(c, o)
            ? "created " + RecommendationModel.MODEL + " first: mlmodel_deployment_add_to_model.py expects it"
                + " and no snippet creates it"
            : "found " + RecommendationModel.MODEL + ", which mlmodel_deployment_add_to_model.py expects"),
        new Step("AddDeploymentToModel", "mlmodel_deployment_add_to_model.py",
            (c, o) -> "deployments of " + RecommendationModel.MODEL + ": " + AddDeploymentToModel.run(c, o)
                .deployments()),
        new Step("AddDeploymentOwner", "mlmodel_deployment_add_owner.py",
            (c, o) -> "owners of " + CreateDeployment.DEPLOYMENT + ": " + AddDeploymentOwner.run(c, o).owners()
                .size()),
        new Step("AiWorkflowDemo", "dh_ai_docs_demo.py", (c, o) -> {
          AiWorkflowDemo.run(c, o);
          return "steps 1-19 of the 0414 demo";
        }),
        new Step("PromoteAlias", "mlModel docs: champion -> challenger", (c, o) -> {
          var v2 = PromoteAlias.run(c, o);
          return "aliases of " + v2.urn() + ": " + v2.aliases();
        }),
        new Step("TrackTrainingRun", "SDK-specific: RunScope", (c, o) -> {
          var run = TrackTrainingRun.run(c, o);
          return "run " + run.urn() + ": " + run.trainingMetrics().size() + " metrics, produced " + run.outputs();
        }),
        new Step("RegisterModelVersion", "SDK-specific: register", (c, o) -> {
          var version = RegisterModelVersion.run(c, o);
          return "registered " + version.urn() + " " + version.aliases();
        }),
        new Step("InfluencingDatasets", "mlModel docs: lineage question 1",
            (c, o) -> LineageAnswers.summary(InfluencingDatasets.run(c, o))),
        new Step("AffectedModels", "mlModel docs: lineage question 2",
            (c, o) -> LineageAnswers.summary(AffectedModels.run(c, o))),
        new Step("TrainingRunHistory", "mlModel docs: lineage question 3",
            (c, o) -> LineageAnswers.summary(TrainingRunHistory.run(c, o))),
        new Step("ServingEndpoints", "mlModel docs: lineage question 4",
            (c, o) -> LineageAnswers.summary(ServingEndpoints.run(c, o))),
        new Step("SearchModelsAndDeployments", "mlModel docs: search",
            (c, o) -> SearchModelsAndDeployments.run(c, o)));
  }

  private static boolean export(LocalStore store, Path exportFile, PrintStream out) {
    try {
      store.export(exportFile);
      out.println("Exported " + store.proposals().size() + " aspects to " + exportFile);
      out.println("  load them into DataHub with `datahub ingest -c recipe.yml`, where recipe.yml is:");
      out.println("  source: {type: file, config: {path: " + exportFile + "}}");
      return true;
    } catch (RuntimeException e) {
      out.println("FAIL  export to " + exportFile + ": " + e);
      return false;
    }
  }

  private static boolean printLineage(DataHubClient client, PrintStream out) {
    out.println("Lineage read back through reader().relationships(...):");
    try {
      List<String> edges = Lineage.edges(client.reader());
      if (edges.isEmpty()) {
        out.println("  (none yet: a server indexes relationships a little after the writes)");
      }
      edges.forEach(edge -> out.println("  " + edge));
      return true;
    } catch (RuntimeException e) {
      out.println("FAIL  reading the lineage: " + e);
      return false;
    }
  }

  /** Runs one example; gets the client and a stream for the example's own output, returns a one-line summary. */
  @FunctionalInterface
  public interface Action {
    /** Runs the example. */
    String run(DataHubClient client, PrintStream out);
  }

  /** One step of the run: an example (or the runner's setup), the Python snippet it mirrors, and what it does. */
  public static final class Step {
    private final String name;
    private final String snippet;
    private final Action action;

    /** A step called {@code name} mirroring {@code snippet}. */
    public Step(String name, String snippet, Action action) {
      this.name = name;
      this.snippet = snippet;
      this.action = action;
    }

    /** The example's class name. */
    public String name() {
      return name;
    }

    /**
     * Runs the step and prints one line: {@code ok} with its summary, or {@code FAIL} with the error and what the
     * example printed before it; returns whether it succeeded.
     */
    public boolean runAndReport(DataHubClient client, PrintStream out) {
      ByteArrayOutputStream details = new ByteArrayOutputStream();
      try (PrintStream captured = new PrintStream(details, true, StandardCharsets.UTF_8)) {
        String summary = action.run(client, captured);
        out.printf("ok    %-21s %-36s %s%n", name, snippet, summary);
        return true;
      } catch (RuntimeException e) {
        out.printf("FAIL  %-21s %-36s %s%n", name, snippet, e);
        details.toString(StandardCharsets.UTF_8).lines().forEach(l -> out.println("      " + l));
        return false;
      }
    }
  }
}
