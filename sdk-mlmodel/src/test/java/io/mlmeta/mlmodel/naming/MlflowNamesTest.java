package io.mlmeta.mlmodel.naming;

import static io.mlmeta.mlmodel.naming.ConnectorJson.assertAspect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.BrowsePathsV2;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceOutput;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import org.junit.jupiter.api.Test;

/**
 * Expected URNs and aspects are those of DataHub's MLflow connector for the same MLflow objects, copied from
 * datahub-project/datahub {@code metadata-ingestion/tests/integration/mlflow/mlflow_mcps_golden.json} (commit
 * 00566baf5fd09eb0ee01f75afef34b493c05d9d2): experiments "Default" and "test-experiment", run
 * 02660a3bee9941ed983667f678ce5611 ("test-run"), registered model "test-model" and its version 1.
 */
class MlflowNamesTest {
  private static final MlflowNames MLFLOW = MlflowNames.defaults();
  private static final String RUN_ID = "02660a3bee9941ed983667f678ce5611";
  private static final MLModelUrn TEST_MODEL_1 =
      MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,test-model_1,PROD)");

  @Test
  void experimentsAreNamedByNameWithThePlatformUrnInTheKey() {
    assertThat(MLFLOW.experiment("Default")).isEqualTo(ContainerUrn.of("03d28ec52349332a202a252cb2388d83"));
    assertThat(MLFLOW.experiment("test-experiment")).isEqualTo(ContainerUrn.of("e37dbaee9481246e0997d7d8fefd8815"));
    assertThat(MLFLOW.experiment("Default")).isNotEqualTo(Experiment.urnOf("mlflow", "Default"));
  }

  @Test
  void runsAreDataProcessInstancesHashedWithTheOrchestrator() {
    assertThat(MLFLOW.run(RUN_ID)).isEqualTo(DataProcessInstanceUrn.of("2666299269d6ebea994d5ec0c29e3aca"));
  }

  @Test
  void registeredModelsAreGroupsAndVersionsAreModelsNamedWithTheSeparator() {
    assertThat(MLFLOW.registeredModel("test-model"))
        .isEqualTo(MLModelGroupUrn.parse("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,test-model,PROD)"));
    assertThat(MLFLOW.modelVersion("test-model", "1")).isEqualTo(TEST_MODEL_1);
  }

  @Test
  void theVersionSetIsOnePerRegisteredModel() {
    assertThat(MLFLOW.versionSet("test-model"))
        .isEqualTo(VersionSetUrn.parse("urn:li:versionSet:(658730e7177b283e4f94410fe4b41519,mlModel)"));
  }

  @Test
  void stagesAreTagsInLowerCase() {
    assertThat(MLFLOW.stageTag("Archived")).isEqualTo(TagUrn.of("mlflow_archived"));
    assertThat(MLFLOW.stageTag("None")).isEqualTo(TagUrn.parse("urn:li:tag:mlflow_none"));
  }

  @Test
  void theConnectorsEnvAndSeparatorSettingsChangeModelNamesOnly() {
    MlflowNames dev = MLFLOW.withEnv(FabricType.DEV).withModelNameSeparator("-");

    assertThat(dev.modelVersion("test-model", "1"))
        .isEqualTo(MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,test-model-1,DEV)"));
    assertThat(dev.registeredModel("test-model").env()).isEqualTo(FabricType.DEV);
    assertThat(dev.experiment("Default")).isEqualTo(MLFLOW.experiment("Default"));
    assertThat(dev.versionSet("test-model")).isEqualTo(MLFLOW.versionSet("test-model"));
  }

  @Test
  void aNewExperimentWritesTheConnectorsKeyAspects() {
    Experiment experiment = MLFLOW.newExperiment("test-experiment")
        .putCustomProperty("artifacts_location", "/mlruns/766847104871454225").build();

    assertThat(experiment.urn()).isEqualTo(ContainerUrn.of("e37dbaee9481246e0997d7d8fefd8815"));
    assertAspect(experiment, ContainerProperties.TYPE, "{\"customProperties\": {\"platform\": "
        + "\"urn:li:dataPlatform:mlflow\", \"id\": \"test-experiment\", \"artifacts_location\": "
        + "\"/mlruns/766847104871454225\"}, \"name\": \"test-experiment\"}");
    assertAspect(experiment, SubTypes.TYPE, "{\"typeNames\": [\"ML Experiment\"]}");
    assertAspect(experiment, DataPlatformInstance.TYPE, "{\"platform\": \"urn:li:dataPlatform:mlflow\"}");
    assertAspect(experiment, BrowsePathsV2.TYPE, "{\"path\": []}");
  }

  @Test
  void aNewRunWritesTheConnectorsAspects() {
    TrainingRun run = MLFLOW.newRun(RUN_ID).name("test-run").created(1615443388097L)
        .createdBy(Urn.parse("urn:li:platformResource:unknown")).experiment(MLFLOW.experiment("test-experiment"))
        .addOutputUrl("/mlruns/766847104871454225/" + RUN_ID + "/artifacts").addHyperParam("p", "1")
        .addTrainingMetric("m", "0.85").addOutput(TEST_MODEL_1).build();

    assertThat(run.urn()).isEqualTo(DataProcessInstanceUrn.of("2666299269d6ebea994d5ec0c29e3aca"));
    assertThat(run.runId()).isEqualTo(RUN_ID);
    assertAspect(run, DataProcessInstanceProperties.TYPE, "{\"customProperties\": {}, \"name\": \"test-run\", "
        + "\"created\": {\"time\": 1615443388097, \"actor\": \"urn:li:platformResource:unknown\"}}");
    assertAspect(run, Container.TYPE,
        "{\"container\": \"urn:li:container:e37dbaee9481246e0997d7d8fefd8815\"}");
    assertAspect(run, MLTrainingRunProperties.TYPE, "{\"customProperties\": {}, \"id\": \"" + RUN_ID + "\", "
        + "\"outputUrls\": [\"/mlruns/766847104871454225/" + RUN_ID + "/artifacts\"], "
        + "\"hyperParams\": [{\"name\": \"p\", \"value\": \"1\"}], "
        + "\"trainingMetrics\": [{\"name\": \"m\", \"value\": \"0.85\"}]}");
    assertAspect(run, DataProcessInstanceOutput.TYPE, "{\"outputs\": [], \"outputEdges\": [{\"destinationUrn\": "
        + "\"urn:li:mlModel:(urn:li:dataPlatform:mlflow,test-model_1,PROD)\"}]}");
    assertAspect(run, DataPlatformInstance.TYPE, "{\"platform\": \"urn:li:dataPlatform:mlflow\"}");
    assertAspect(run, SubTypes.TYPE, "{\"typeNames\": [\"ML Training Run\"]}");
  }

  @Test
  void aNewModelVersionIsInItsRegisteredModelsGroupAndVersionSet() {
    MLModel v1 = MLFLOW.newModelVersion("test-model", "1").addTrainingRun(MLFLOW.run(RUN_ID)).build();

    assertThat(v1.urn()).isEqualTo(TEST_MODEL_1);
    // the golden's version tag also carries metadataAttribution {time, actor: urn:li:corpuser:datahub}
    assertAspect(v1, VersionProperties.TYPE, "{\"versionSet\": \"urn:li:versionSet:(658730e7177b283e4f94410fe4b41519,"
        + "mlModel)\", \"version\": {\"versionTag\": \"1\"}, \"aliases\": [], \"sortId\": \"0000000001\", "
        + "\"versioningScheme\": \"LEXICOGRAPHIC_STRING\"}");
    MLModelProperties properties = v1.properties().orElseThrow();
    assertThat(properties.groups()).containsExactly(MLFLOW.registeredModel("test-model"));
    assertThat(properties.trainingJobs())
        .containsExactly(DataProcessInstanceUrn.of("2666299269d6ebea994d5ec0c29e3aca"));
    assertAspect(v1, DataPlatformInstance.TYPE, "{\"platform\": \"urn:li:dataPlatform:mlflow\"}");
  }

  @Test
  void twoVersionsOfARegisteredModelShareTheSetAndSortByVersion() {
    MLModel v1 = MLFLOW.newModelVersion("test-model", "1").build();
    MLModel v12 = MLFLOW.newModelVersion("test-model", "12").build();

    assertThat(v1.versionSet()).isEqualTo(v12.versionSet()).contains(MLFLOW.versionSet("test-model"));
    assertThat(v12.aspect(VersionProperties.TYPE).orElseThrow().sortId()).isEqualTo("0000000012");
  }

  @Test
  void aNewRegisteredModelIsTheGroup() {
    MLModelGroup group = MLFLOW.newRegisteredModel("test-model").description("This a test registered model")
        .build();

    assertThat(group.urn()).isEqualTo(MLFLOW.registeredModel("test-model"));
  }

  @Test
  void emptyNamesAreRefused() {
    assertThatThrownBy(() -> MLFLOW.modelVersion("test-model", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(() -> MLFLOW.run("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runId");
  }
}
