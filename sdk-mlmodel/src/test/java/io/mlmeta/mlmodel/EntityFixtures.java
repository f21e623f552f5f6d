package io.mlmeta.mlmodel;

import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.mlmodel.aspect.BaseData;
import io.mlmeta.mlmodel.aspect.Cost;
import io.mlmeta.mlmodel.aspect.CostValue;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.IntendedUserType;
import io.mlmeta.mlmodel.aspect.MLModelCaveatsAndRecommendations;
import io.mlmeta.mlmodel.aspect.MLModelEthicalConsiderations;
import io.mlmeta.mlmodel.aspect.MLModelEvaluationData;
import io.mlmeta.mlmodel.aspect.MLModelFactorPrompts;
import io.mlmeta.mlmodel.aspect.MLModelFactors;
import io.mlmeta.mlmodel.aspect.MLModelMetrics;
import io.mlmeta.mlmodel.aspect.MLModelQuantitativeAnalyses;
import io.mlmeta.mlmodel.aspect.MLModelTrainingData;
import io.mlmeta.mlmodel.aspect.ResultsType;
import io.mlmeta.mlmodel.aspect.SourceCode;
import io.mlmeta.mlmodel.aspect.SourceCodeUrl;
import io.mlmeta.mlmodel.aspect.SourceCodeUrlType;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpGroupUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.util.List;

/**
 * A minimal and a rich instance of each entity, built through the public API only (also used from other packages,
 * e.g. the conformance tests). Their expected proposals are hand-written in
 * {@code golden/entities/<entity>-minimal.json} and {@code -rich.json}.
 */
public final class EntityFixtures {
  public static final long T0 = 1700000000000L;
  public static final long T1 = 1700000500000L;
  private static final CorpUserUrn JDOE = CorpUserUrn.of("jdoe");

  private EntityFixtures() {}

  public static MLModel minimalModel() {
    return MLModel.builder().platform("mlflow").name("churn_model").build();
  }

  public static MLModel richModel() {
    MLModel model = MLModel.builder()
        .platform("mlflow").name("churn_model").env("dev").platformInstance("eu")
        .displayName("Churn model").description("RF classifier")
        .externalUrl("https://mlflow.example.com/#/models/churn/versions/3")
        .type("RandomForestClassifier").putCustomProperty("framework", "sklearn")
        .created(T0).lastModified(T1)
        .addHyperParam("n_estimators", 100).addHyperParam("max_depth", 6)
        .addTrainingMetric("accuracy", 0.93).addOnlineMetric("precision_at_10", 0.42)
        .modelGroup(MLModelGroupUrn.of("mlflow", "churn"))
        .addTrainingRun(DataProcessInstanceUrn.of("run-42"))
        .addDownstreamJob(DataJobUrn.of(DataFlowUrn.of("airflow", "churn_scoring", "prod"), "score_customers"))
        .addDeployment(MLModelDeploymentUrn.of("sagemaker", "churn-endpoint"))
        .addFeature(MLFeatureUrn.of("customer", "tenure_days"))
        .version("3").addAlias("champion")
        .addOwner(JDOE).addOwner(CorpGroupUrn.of("ml-team"), OwnershipType.BUSINESS_OWNER)
        .addLink("https://wiki.example.com/churn", "Design doc")
        .addTag(TagUrn.of("production")).addTerm(GlossaryTermUrn.of("CustomerChurn"))
        .domain(DomainUrn.of("customer-analytics"))
        .intendedUse(IntendedUse.builder().addPrimaryUse("Predict churn").addPrimaryUser(IntendedUserType.ENTERPRISE)
            .addOutOfScopeUse("Real-time scoring").build())
        .factorPrompts(MLModelFactorPrompts.builder()
            .addRelevantFactor(MLModelFactors.builder().addGroup("age 18-25").build()).build())
        .metrics(MLModelMetrics.builder().addPerformanceMeasure("AUC").addDecisionThreshold("0.5").build())
        .evaluationData(MLModelEvaluationData.of(BaseData.of(DatasetUrn.of("snowflake", "churn_eval"))))
        .trainingData(MLModelTrainingData.of(BaseData.builder().dataset(DatasetUrn.of("snowflake", "churn_train"))
            .motivation("History with churn labels").addPreProcessing("Standardized numeric features").build()))
        .quantitativeAnalyses(MLModelQuantitativeAnalyses.builder()
            .unitaryResults(ResultsType.ofString("https://dash.example.com/churn")).build())
        .ethicalConsiderations(MLModelEthicalConsiderations.builder().addData("Uses age")
            .addMitigation("Quarterly bias audit").build())
        .caveatsAndRecommendations(MLModelCaveatsAndRecommendations.builder()
            .recommendations("Retrain quarterly").build())
        .sourceCode(SourceCode.of(SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
            "https://github.com/example/churn")))
        .cost(Cost.of(CostValue.ofCostCode("CC-42")))
        .build();
    return model.deprecate("Superseded by v4", JDOE).restore()
        .setContainer(ContainerUrn.of("workspace-1"))
        .setEditableDescription("Edited in DataHub");
  }

  public static MLModelGroup minimalGroup() {
    return MLModelGroup.builder().platform("mlflow").name("churn").build();
  }

  public static MLModelGroup richGroup() {
    return MLModelGroup.builder()
        .platform(DataPlatformUrn.of("mlflow")).name("churn").env("PROD").platformInstance("eu")
        .displayName("Churn models").description("All churn models")
        .externalUrl("https://mlflow.example.com/#/models/churn")
        .customProperties(java.util.Map.of("team", "retention"))
        .created(T0).lastModified(T1).version("2")
        .addTrainingRun(DataProcessInstanceUrn.of("run-42"))
        .addDownstreamJob(DataJobUrn.of(DataFlowUrn.of("airflow", "churn_scoring", "prod"), "score_customers"))
        .addOwner(JDOE).addLink("https://wiki.example.com/churn", "Design doc")
        .addTag(TagUrn.of("production")).addTerm(GlossaryTermUrn.of("CustomerChurn"))
        .domain(DomainUrn.of("customer-analytics"))
        .build()
        .deprecate("Use churn_v2", JDOE).softDelete();
  }

  public static MLModelDeployment minimalDeployment() {
    return MLModelDeployment.builder().platform("sagemaker").name("churn-endpoint").build();
  }

  public static MLModelDeployment richDeployment() {
    return MLModelDeployment.builder()
        .platform("sagemaker").name("churn-endpoint").env("PROD").platformInstance("us-east-1")
        .description("Production endpoint").status(DeploymentStatus.IN_SERVICE).version("3").created(T0)
        .putCustomProperty("instance_type", "ml.m5.xlarge")
        .externalUrl("https://console.aws.amazon.com/sagemaker/home#/endpoints/churn-endpoint")
        .addOwner(CorpUserUrn.of("mlops_team")).addTag(TagUrn.of("production"))
        .container(ContainerUrn.of("workspace-1"))
        .build()
        .deprecate("Replaced by churn-endpoint-v2", JDOE, MLModelDeploymentUrn.of("sagemaker", "churn-endpoint-v2"));
  }

  public static TrainingRun minimalRun() {
    return TrainingRun.builder().runId("run-42").build();
  }

  public static TrainingRun richRun() {
    return TrainingRun.builder()
        .runId("run-42").name("Run 42").created(T0).createdBy(JDOE).putCustomProperty("team", "retention")
        .externalUrl("https://mlflow.example.com/#/experiments/1/runs/42")
        .trainingRunCustomProperties(java.util.Map.of("source", "mlflow"))
        .hyperParams(java.util.Map.of("learning_rate", 0.01)).addTrainingMetric("accuracy", 0.93)
        .addOutputUrl("s3://bucket/run-42/")
        .addInputDataset(DatasetUrn.of("snowflake", "churn_train"))
        .addOutputDataset(DatasetUrn.of("snowflake", "churn_scores"))
        .addOutput(MLModelUrn.of("mlflow", "churn_model"))
        .experiment(Experiment.urnOf("mlflow", "churn_experiment"))
        .platformInstance(DataPlatformInstanceUrn.of(DataPlatformUrn.of("mlflow"), "eu"))
        .started(T0)
        .build()
        .restore()
        .completed(T1, RunResultType.SUCCESS, "FINISHED");
  }

  public static Experiment minimalExperiment() {
    return Experiment.builder().platform("mlflow").id("churn_experiment").build();
  }

  public static Experiment richExperiment() {
    return Experiment.builder()
        .platform("mlflow").platformInstance("eu").id("airline_forecast")
        .displayName("Airline forecast").description("Forecasting passenger numbers")
        .externalUrl("https://mlflow.example.com/#/experiments/7").putCustomProperty("team", "forecasting")
        .created(T0).lastModified(T1)
        .addOwner(JDOE).addLink("https://wiki.example.com/forecast", "Notes")
        .addTag(TagUrn.of("forecasting")).addTerm(GlossaryTermUrn.of("Forecast"))
        .domain(DomainUrn.of("operations"))
        .build()
        .deprecate("Closed", JDOE);
  }

  /** Every rich instance, for tests over all entities. */
  public static List<io.mlmeta.entity.Entity<?>> rich() {
    return List.of(richModel(), richGroup(), richDeployment(), richRun(), richExperiment());
  }
}
