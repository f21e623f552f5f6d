package io.mlmeta.mlmodel.lineage;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelDeployment;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.BaseData;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelEvaluationData;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.VersionSetUrn;

/**
 * A small ML graph written through the entity API: datasets {@code raw} and {@code labels} feed run 1, which
 * trained version 1 of the churn model; {@code raw} and {@code features} feed run 2, which trained version 2 and
 * wrote {@code predictions}; both versions are in one version set and one group; version 2 is deployed, names
 * {@code holdout} as its evaluation data and uses feature {@code users.age}; both runs are in one experiment.
 */
final class ChurnGraph {
  static final DatasetUrn RAW = DatasetUrn.of("s3", "churn/raw");
  static final DatasetUrn LABELS = DatasetUrn.of("s3", "churn/labels");
  static final DatasetUrn FEATURES = DatasetUrn.of("s3", "churn/features");
  static final DatasetUrn PREDICTIONS = DatasetUrn.of("s3", "churn/predictions");
  static final DatasetUrn HOLDOUT = DatasetUrn.of("s3", "churn/holdout");
  static final VersionSetUrn VERSIONS = VersionSetUrn.of("churn-model", "mlModel");
  static final MLModelUrn V1 = MLModelUrn.of("mlflow", "churn-model_1");
  static final MLModelUrn V2 = MLModelUrn.of("mlflow", "churn-model_2");
  static final MLModelGroupUrn GROUP = MLModelGroupUrn.of("mlflow", "churn-model");
  static final MLModelDeploymentUrn ENDPOINT = MLModelDeploymentUrn.of("sagemaker", "churn-endpoint");
  static final MLFeatureUrn AGE = MLFeatureUrn.of("users", "age");
  static final ContainerUrn EXPERIMENT = Experiment.urnOf("mlflow", "churn");
  static final DataProcessInstanceUrn RUN_1 = DataProcessInstanceUrn.of("churn-run-1");
  static final DataProcessInstanceUrn RUN_2 = DataProcessInstanceUrn.of("churn-run-2");

  private ChurnGraph() {}

  /** Writes the graph with {@code client}'s entity API. */
  static void write(DataHubClient client) {
    client.entities().upsert(Experiment.builder().platform("mlflow").id("churn").displayName("Churn").build());
    client.entities().upsert(TrainingRun.builder().runId("churn-run-1").experiment(EXPERIMENT)
        .addInputDataset(RAW).addInputDataset(LABELS).started(1_700_000_000_000L).build());
    client.entities().upsert(TrainingRun.builder().runId("churn-run-2").experiment(EXPERIMENT)
        .addInputDataset(RAW).addInputDataset(FEATURES).addOutputDataset(PREDICTIONS).started(1_700_000_100_000L)
        .build());
    client.entities().upsert(MLModelGroup.builder().platform("mlflow").name("churn-model").build());
    client.entities().upsert(MLModelDeployment.builder().platform("sagemaker").name("churn-endpoint")
        .status(DeploymentStatus.IN_SERVICE).build());
    client.entities().upsert(MLModel.builder().platform("mlflow").name("churn-model_1").version("1", VERSIONS)
        .modelGroup(GROUP).build().addTrainingRun(RUN_1));
    client.entities().upsert(MLModel.builder().platform("mlflow").name("churn-model_2").version("2", VERSIONS)
        .modelGroup(GROUP).addDeployment(ENDPOINT).addFeature(AGE)
        .evaluationData(MLModelEvaluationData.of(BaseData.of(HOLDOUT))).build().addTrainingRun(RUN_2));
  }
}
