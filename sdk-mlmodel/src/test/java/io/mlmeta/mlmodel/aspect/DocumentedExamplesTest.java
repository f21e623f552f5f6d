package io.mlmeta.mlmodel.aspect;

import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The aspect values of DataHub's documented Python examples (shared/spec/examples.md) give exactly the JSON stated
 * there. "now" in the demo is fixed at {@link #NOW}.
 */
class DocumentedExamplesTest {
  private static final long NOW = 1744236000000L;

  @Test
  void mlmodelDeploymentCreate() {
    MLModelDeploymentProperties deployment = MLModelDeploymentProperties.builder()
        .putCustomProperty("instance_type", "ml.m5.xlarge")
        .putCustomProperty("instance_count", "3")
        .putCustomProperty("endpoint_config", "recommendation-endpoint-config-v1")
        .externalUrl("https://console.aws.amazon.com/sagemaker/home#/endpoints/recommendation-endpoint")
        .description("Production deployment of recommendation model on SageMaker")
        .status(DeploymentStatus.IN_SERVICE)
        .build();

    Golden.assertAspect(deployment, "golden/aspects/mlModelDeploymentProperties-example-deployment-create.json");
  }

  @Test
  void mlmodelCreate() {
    Golden.assertAspect(createdModel(), "golden/aspects/mlModelProperties-example-create.json");
  }

  @Test
  void mlmodelAddMetadata() {
    Map<String, Object> hyperParams = new LinkedHashMap<>();
    hyperParams.put("learning_rate", "0.1");
    hyperParams.put("max_depth", "6");
    hyperParams.put("n_estimators", "100");
    hyperParams.put("subsample", "0.8");
    hyperParams.put("colsample_bytree", "0.8");
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("accuracy", "0.87");
    metrics.put("precision", "0.84");
    metrics.put("recall", "0.82");
    metrics.put("f1_score", "0.83");
    metrics.put("auc_roc", "0.91");

    MLModelProperties updated = createdModel().toBuilder()
        .hyperParams(MLHyperParam.listOf(hyperParams))
        .trainingMetrics(MLMetric.listOf(metrics))
        .build();

    Golden.assertAspect(updated, "golden/aspects/mlModelProperties-example-add-metadata.json");
  }

  @Test
  void mlmodelUpdateAspectsIntendedUse() {
    IntendedUse use = IntendedUse.builder()
        .addPrimaryUse("Predict customer churn to enable proactive retention campaigns")
        .addPrimaryUse("Identify high-risk customers for targeted interventions")
        .addPrimaryUser(IntendedUserType.ENTERPRISE)
        .addOutOfScopeUse("Not suitable for real-time predictions (batch inference only)")
        .addOutOfScopeUse("Not trained on international markets outside North America")
        .build();

    Golden.assertAspect(use, "golden/aspects/intendedUse-example-update-aspects.json");
  }

  @Test
  void mlmodelUpdateAspectsTrainingData() {
    MLModelTrainingData data = MLModelTrainingData.of(BaseData.builder()
        .dataset(DatasetUrn.of("snowflake", "prod.analytics.customer_features"))
        .motivation("Historical customer data with confirmed churn labels")
        .addPreProcessing("Removed customers with less than 30 days of history")
        .addPreProcessing("Standardized numerical features using StandardScaler")
        .addPreProcessing("One-hot encoded categorical variables")
        .build());

    Golden.assertAspect(data, "golden/aspects/mlModelTrainingData-example-update-aspects.json");
  }

  @Test
  void mlmodelUpdateAspectsSourceCode() {
    SourceCode code = SourceCode.of(SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
        "https://github.com/example/ml-models/tree/main/churn-predictor"));

    Golden.assertAspect(code, "golden/aspects/sourceCode-example-update-aspects.json");
  }

  @Test
  void mlmodelUpdateAspectsEthicalConsiderations() {
    MLModelEthicalConsiderations ethics = MLModelEthicalConsiderations.builder()
        .addData("Model uses demographic data (age, location) which may be sensitive")
        .addRisksAndHarm("Predictions may disproportionately affect certain customer segments")
        .addRisksAndHarm("False positives could lead to unnecessary retention spending")
        .addMitigation("Regular bias audits conducted quarterly")
        .addMitigation("Human review required for high-value customer interventions")
        .build();

    Golden.assertAspect(ethics, "golden/aspects/mlModelEthicalConsiderations-example-update-aspects.json");
  }

  @Test
  void aiDemoBasicGroupAndModel() {
    Golden.assertAspect(MLModelGroupProperties.builder().name("0414 Basic Group").build(),
        "golden/aspects/mlModelGroupProperties-example-basic-group.json");
    Golden.assertAspect(MLModelProperties.builder().name("0414 Basic Model").build(),
        "golden/aspects/mlModelProperties-example-basic-model.json");
  }

  @Test
  void aiDemoAdvancedGroupThenItsTrainingJob() {
    MLModelGroupProperties group = MLModelGroupProperties.builder()
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://www.linkedin.com/in/datahub")
        .name("0414 Airline Forecast Models Group")
        .description("Group of models for airline passenger forecasting")
        .created(TimeStamp.of(NOW))
        .lastModified(TimeStamp.of(NOW))
        .build();
    Golden.assertAspect(group, "golden/aspects/mlModelGroupProperties-example-advanced-group.json");

    MLModelGroupProperties withJob = group.toBuilder()
        .addTrainingJob(DataProcessInstanceUrn.of("0414_simple_training_run")).build();
    Golden.assertAspect(withJob, "golden/aspects/mlModelGroupProperties-example-group-training-job.json");
  }

  @Test
  void aiDemoAdvancedModel() {
    MLModelProperties model = MLModelProperties.builder()
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://www.linkedin.com/in/datahub")
        .name("0414 ARIMA Model")
        .description("ARIMA model for airline passenger forecasting")
        .created(TimeStamp.of(NOW))
        .lastModified(TimeStamp.of(NOW))
        .hyperParams(MLHyperParam.listOf(Map.of("learning_rate", 0.01)))
        .trainingMetrics(MLMetric.listOf(Map.of("accuracy", 0.9)))
        .build();

    Golden.assertAspect(model, "golden/aspects/mlModelProperties-example-advanced-model.json");
  }

  @Test
  void aiDemoAdvancedRun() {
    MLTrainingRunProperties run = MLTrainingRunProperties.builder()
        .externalUrl("https:localhost:5000")
        .id("0414_simple_training_run")
        .addOutputUrl("s3://my-bucket/output")
        .hyperParams(MLHyperParam.listOf(Map.of("learning_rate", 0.01)))
        .trainingMetrics(MLMetric.listOf(Map.of("accuracy", 0.9)))
        .build();

    Golden.assertAspect(run, "golden/aspects/mlTrainingRunProperties-example-advanced-run.json");
  }

  private static MLModelProperties createdModel() {
    return MLModelProperties.builder()
        .name("Customer Churn Prediction Model")
        .description("A gradient boosting model that predicts customer churn based on usage patterns and engagement"
            + " metrics")
        .putCustomProperty("framework", "xgboost")
        .putCustomProperty("framework_version", "1.7.0")
        .putCustomProperty("model_format", "pickle")
        .addGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
        .build();
  }
}
