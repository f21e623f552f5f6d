package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The entities of DataHub's documented Python examples (shared/spec/examples.md) give exactly the proposals stated
 * there; "now" in the demo is fixed at {@link #NOW}.
 */
class DocumentedEntitiesTest {
  private static final long NOW = 1744236000000L;
  private static final String LINK = "https://www.linkedin.com/in/datahub";

  @Test
  void demoStep1BasicGroup() {
    MLModelGroup group = MLModelGroup.builder().platform("mlflow").name("0414_basic_group")
        .displayName("0414 Basic Group").build();

    Golden.assertMcps(group.toMcps(), "golden/entities/demo-step1-basic-group.json");
  }

  @Test
  void demoStep2BasicModel() {
    MLModel model = MLModel.builder().platform("mlflow").name("0414_basic_model")
        .displayName("0414 Basic Model").build();

    Golden.assertMcps(model.toMcps(), "golden/entities/demo-step2-basic-model.json");
  }

  @Test
  void demoStep6AdvancedGroup() {
    Golden.assertMcps(advancedGroup().toMcps(), "golden/entities/demo-step6-advanced-group.json");
  }

  @Test
  void demoStep7AdvancedModel() {
    Golden.assertMcps(advancedModel().toMcps(), "golden/entities/demo-step7-advanced-model.json");
  }

  @Test
  void demoStep9AdvancedRunThatFailedAfterOneSecond() {
    TrainingRun run = TrainingRun.builder()
        .runId("0414_simple_training_run").name("0414 Simple Training Run")
        .createdBy(CorpUserUrn.of("datahub")).putCustomProperty("team", "forecasting")
        .externalUrl("https:localhost:5000").addOutputUrl("s3://my-bucket/output")
        .addHyperParam("learning_rate", 0.01).addTrainingMetric("accuracy", 0.9)
        .started(1628580000000L)
        .build()
        .failed(1628580001000L);

    Golden.assertMcps(run.toMcps(), "golden/entities/demo-step9-advanced-run.json");
  }

  @Test
  void demoSteps13And17UpdateTheModel() {
    MLModel model = advancedModel()
        .addTrainingRun(DataProcessInstanceUrn.of("0414_simple_training_run"))
        .setVersion("2").addTag(TagUrn.of("marketing")).addTerm(GlossaryTermUrn.of("marketing"))
        .addAlias("challenger");

    VersionProperties version = model.aspect(VersionProperties.TYPE).orElseThrow();
    assertThat(version.sortId()).isEqualTo("0000000002");
    assertThat(model.aliases()).containsExactly("champion", "challenger");
    assertThat(model.trainingRuns()).containsExactly(DataProcessInstanceUrn.of("0414_simple_training_run"));
    assertThat(model.tags()).containsExactly(TagUrn.of("forecasting"), TagUrn.of("arima"), TagUrn.of("marketing"));
  }

  @Test
  void mlmodelCreate() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("framework", "xgboost");
    properties.put("framework_version", "1.7.0");
    properties.put("model_format", "pickle");
    MLModel model = MLModel.builder()
        .platform("mlflow").name("customer-churn-predictor")
        .displayName("Customer Churn Prediction Model")
        .description("A gradient boosting model that predicts customer churn based on usage patterns and engagement"
            + " metrics")
        .customProperties(properties)
        .modelGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
        .build();

    Golden.assertMcps(model.toMcps(), "golden/entities/example-mlmodel-create.json");
  }

  /** mlmodel_deployment_create.py writes the properties only; a new entity here also names its platform. */
  @Test
  void mlmodelDeploymentCreate() {
    MLModelDeployment deployment = MLModelDeployment.builder()
        .platform("sagemaker").name("recommendation-endpoint").env("PROD")
        .description("Production deployment of recommendation model on SageMaker")
        .putCustomProperty("instance_type", "ml.m5.xlarge")
        .putCustomProperty("instance_count", "3")
        .putCustomProperty("endpoint_config", "recommendation-endpoint-config-v1")
        .externalUrl("https://console.aws.amazon.com/sagemaker/home#/endpoints/recommendation-endpoint")
        .status(DeploymentStatus.IN_SERVICE)
        .build();

    Golden.assertMcps(deployment.toMcps(), "golden/entities/example-deployment-create.json");
  }

  private static MLModelGroup advancedGroup() {
    return MLModelGroup.builder()
        .platform("mlflow").name("0414_airline_forecast_models_group")
        .displayName("0414 Airline Forecast Models Group")
        .description("Group of models for airline passenger forecasting")
        .externalUrl(LINK).putCustomProperty("team", "forecasting").created(NOW).lastModified(NOW)
        .addOwner(CorpUserUrn.of("datahub"))
        .addTag(TagUrn.of("forecasting")).addTag(TagUrn.of("arima"))
        .addTerm(GlossaryTermUrn.of("forecasting"))
        .build();
  }

  private static MLModel advancedModel() {
    return MLModel.builder()
        .platform("mlflow").name("0414_arima_model")
        .displayName("0414 ARIMA Model").description("ARIMA model for airline passenger forecasting")
        .externalUrl(LINK).putCustomProperty("team", "forecasting").created(NOW).lastModified(NOW)
        .addHyperParam("learning_rate", 0.01).addTrainingMetric("accuracy", 0.9)
        .version("1").addAlias("champion")
        .addOwner(CorpUserUrn.of("datahub"))
        .addTag(TagUrn.of("forecasting")).addTag(TagUrn.of("arima"))
        .addTerm(GlossaryTermUrn.of("forecasting"))
        .build();
  }
}
