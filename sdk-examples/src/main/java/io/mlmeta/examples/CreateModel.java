package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates the customer churn model: the Java form of DataHub's {@code mlmodel_create.py}. Writes
 * {@code dataPlatformInstance} and {@code mlModelProperties} (name, description, custom properties, group); the
 * group itself is not created, as in the Python snippet.
 */
public final class CreateModel {
  /** {@code urn:li:mlModel:(urn:li:dataPlatform:mlflow,customer-churn-predictor,PROD)}. */
  public static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "customer-churn-predictor");

  private CreateModel() {}

  /** Creates (or overwrites) the model and returns its URN. */
  public static MLModelUrn run(DataHubClient client, PrintStream out) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("framework", "xgboost");
    properties.put("framework_version", "1.7.0");
    properties.put("model_format", "pickle");

    MLModel model = MLModel.builder()
        .platform("mlflow")
        .name("customer-churn-predictor")
        .displayName("Customer Churn Prediction Model")
        .description("A gradient boosting model that predicts customer churn based on usage patterns and"
            + " engagement metrics")
        .customProperties(properties)
        .modelGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
        .build();

    client.entities().upsert(model);
    out.println("Created ML model: " + model.urn());
    return model.urn();
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
