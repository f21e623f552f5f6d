package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;

/**
 * Searches, as the ML Model docs promise ("models can be searched and filtered by tags, terms, platform"): the
 * MLflow models tagged {@code production}, and the deployments in service. For the data the other examples write,
 * these are the churn model {@link AddModelMetadata} tagged (the MLflow group {@link DemoUpdates} tagged production
 * is a group, not a model) and the SageMaker endpoint {@link CreateDeployment} created {@code IN_SERVICE}. On a
 * server, a search sees a write once the server has indexed it, a moment after the write.
 */
public final class SearchModelsAndDeployments {
  /** The first question. */
  public static final String PRODUCTION_MODELS = "MLflow models tagged production";
  /** The second question. */
  public static final String IN_SERVICE = "deployments in service";

  private SearchModelsAndDeployments() {}

  /** The MLflow models tagged {@code production}, printed under the question one per line. */
  public static List<Urn> productionModels(DataHubClient client, PrintStream out) {
    return answer(client, out, PRODUCTION_MODELS, SearchQuery.builder()
        .addEntityType(EntityTypes.ML_MODEL)
        .platform(DataPlatformUrn.of("mlflow"))
        .addTag(TagUrn.of("production"))
        .build());
  }

  /** The deployments whose status is {@code IN_SERVICE}, printed under the question one per line. */
  public static List<Urn> inService(DataHubClient client, PrintStream out) {
    return answer(client, out, IN_SERVICE, SearchQuery.builder()
        .addEntityType(EntityTypes.ML_MODEL_DEPLOYMENT)
        .deploymentStatus("IN_SERVICE")
        .build());
  }

  /** Asks both questions; returns the runner's one-line summary. */
  public static String run(DataHubClient client, PrintStream out) {
    return PRODUCTION_MODELS + ": " + LineageAnswers.summary(productionModels(client, out)) + "; " + IN_SERVICE
        + ": " + LineageAnswers.summary(inService(client, out));
  }

  private static List<Urn> answer(DataHubClient client, PrintStream out, String question, SearchQuery query) {
    List<Urn> found = client.search().search(query).toList();
    out.println(question);
    if (found.isEmpty()) {
      out.println("  none found (a server indexes a write a little after it)");
    }
    found.forEach(out::println);
    return found;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
