package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.Urn;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Which production endpoints are serving this model?", the fourth question of the ML Model docs' "Lineage Graph
 * Structure", for the SageMaker {@code recommendation-model}: the deployments downstream of the model
 * ({@code DeployedTo}) that are in {@code PROD} and {@code IN_SERVICE} (read from each deployment's
 * {@code mlModelDeploymentProperties}). {@link AddDeploymentToModel} deployed it to {@code recommendation-endpoint},
 * which {@link CreateDeployment} created in service, so that is the answer.
 */
public final class ServingEndpoints {
  /** The question. */
  public static final String QUESTION = "Which production endpoints are serving this model?";

  private ServingEndpoints() {}

  /** Prints the question and the model's production deployments in service, one per line, and returns them. */
  public static List<Urn> run(DataHubClient client, PrintStream out) {
    List<Urn> endpoints = client.lineage().walk(RecommendationModel.MODEL,
        LineageQuery.downstream().addReturnType(EntityTypes.ML_MODEL_DEPLOYMENT).build()).urns().stream()
        .filter(urn -> MLModelDeploymentUrn.parse(urn.toString()).env() == FabricType.PROD)
        .filter(urn -> client.reader().getAspect(urn, MLModelDeploymentProperties.TYPE)
            .flatMap(MLModelDeploymentProperties::status).filter(DeploymentStatus.IN_SERVICE::equals).isPresent())
        .collect(Collectors.toList());
    LineageAnswers.print(out, QUESTION, RecommendationModel.MODEL, endpoints);
    return endpoints;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
