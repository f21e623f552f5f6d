package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import java.io.PrintStream;

/**
 * Records that the SageMaker {@code recommendation-model} is deployed to {@code recommendation-endpoint}: the Java
 * form of DataHub's {@code mlmodel_deployment_add_to_model.py}. {@code addDeployment} is saved as a conditional
 * write, so a deployment another writer added at the same time is kept.
 */
public final class AddDeploymentToModel {
  private AddDeploymentToModel() {}

  /**
   * Adds the deployment to the model and returns the model as saved.
   *
   * @throws io.mlmeta.entity.EntityNotFoundException if the model does not exist (see {@link RecommendationModel})
   */
  public static MLModel run(DataHubClient client, PrintStream out) {
    MLModel model = client.entities().get(RecommendationModel.MODEL, MLModel.class);
    model.addDeployment(CreateDeployment.DEPLOYMENT);
    client.entities().update(model);
    out.println("Added deployment " + CreateDeployment.DEPLOYMENT + " to model " + model.urn());
    return model;
  }

  /** Creates the model if missing, then runs the example against {@code DATAHUB_GMS_URL} or the local store. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      RecommendationModel.ensureExists(client, System.out);
      run(client, System.out);
    }
  }
}
