package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.entity.EntityAlreadyExistsException;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import java.io.PrintStream;

/**
 * The SageMaker model {@code recommendation-model} that {@code mlmodel_deployment_add_to_model.py} links the
 * endpoint to. No documented snippet creates it, so the runner (and {@link AddDeploymentToModel#main}) creates a
 * minimal one first when it is missing, and leaves an existing one alone.
 */
public final class RecommendationModel {
  /** {@code urn:li:mlModel:(urn:li:dataPlatform:sagemaker,recommendation-model,PROD)}. */
  public static final MLModelUrn MODEL = MLModelUrn.of("sagemaker", "recommendation-model");

  private RecommendationModel() {}

  /** Creates the model unless it exists; returns whether it was created. */
  public static boolean ensureExists(DataHubClient client, PrintStream out) {
    if (client.reader().exists(MODEL)) {
      out.println("Found " + MODEL + ", which mlmodel_deployment_add_to_model.py expects");
      return false;
    }
    try {
      client.entities().create(MLModel.builder().platform("sagemaker").name("recommendation-model").build());
    } catch (EntityAlreadyExistsException e) {
      out.println("Found " + MODEL + ", created meanwhile by another writer");
      return false;
    }
    out.println("Created " + MODEL + " first: mlmodel_deployment_add_to_model.py expects it and no snippet"
        + " creates it");
    return true;
  }
}
