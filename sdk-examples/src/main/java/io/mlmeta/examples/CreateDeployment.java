package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModelDeployment;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import java.io.PrintStream;

/**
 * Creates the SageMaker endpoint {@code recommendation-endpoint}: the Java form of DataHub's
 * {@code mlmodel_deployment_create.py}. The Python snippet writes {@code mlModelDeploymentProperties} only; a new
 * deployment here also names its platform in {@code dataPlatformInstance}, as every entity the SDK creates does.
 */
public final class CreateDeployment {
  /** {@code urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,recommendation-endpoint,PROD)}. */
  public static final MLModelDeploymentUrn DEPLOYMENT = MLModelDeploymentUrn.of("sagemaker",
      "recommendation-endpoint");

  private CreateDeployment() {}

  /** Creates (or overwrites) the deployment and returns its URN. */
  public static MLModelDeploymentUrn run(DataHubClient client, PrintStream out) {
    MLModelDeployment deployment = MLModelDeployment.builder()
        .platform("sagemaker")
        .name("recommendation-endpoint")
        .env("PROD")
        .putCustomProperty("instance_type", "ml.m5.xlarge")
        .putCustomProperty("instance_count", "3")
        .putCustomProperty("endpoint_config", "recommendation-endpoint-config-v1")
        .externalUrl("https://console.aws.amazon.com/sagemaker/home#/endpoints/recommendation-endpoint")
        .description("Production deployment of recommendation model on SageMaker")
        .status(DeploymentStatus.IN_SERVICE)
        .build();

    client.entities().upsert(deployment);
    out.println("Created ML model deployment: " + deployment.urn());
    return deployment.urn();
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
