package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstart, line for line but on a temporary local store, compiles and does what it says. */
class QuickstartTest {
  @TempDir Path dir;

  @Test
  void theReadmeQuickstartWorks() {
    try (DataHubClient client = DataHubClient.local(dir)) {
      MLModel model = MLModel.builder()
          .platform("mlflow").name("customer-churn-predictor")
          .displayName("Customer Churn Prediction Model")
          .modelGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
          .addHyperParam("learning_rate", 0.1).addTrainingMetric("accuracy", 0.87)
          .version("1").addAlias("champion")
          .build();
      client.entities().upsert(model);

      MLModel read = client.entities().get(model.urn(), MLModel.class);
      client.entities().update(read.addDeployment(MLModelDeploymentUrn.of("sagemaker", "recommendation-endpoint")));

      MLModel saved = client.entities().get(model.urn(), MLModel.class);
      assertThat(saved.deployments()).containsExactly(MLModelDeploymentUrn.of("sagemaker", "recommendation-endpoint"));
      assertThat(saved.aliases()).containsExactly("champion");
      assertThat(saved.hyperParams().get(0).value()).contains("0.1");
    }
  }
}
