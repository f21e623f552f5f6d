package io.mlmeta.mlmodel.naming;

import static io.mlmeta.mlmodel.naming.ConnectorJson.assertAspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.VersionSetUrn;
import org.junit.jupiter.api.Test;

/**
 * Expected URNs of groups, jobs, experiments and runs are copied from datahub-project/datahub
 * {@code metadata-ingestion/tests/integration/vertexai/vertexai_mcps_golden.json} (commits
 * 0337507edf9af79bed0df1f856204438d197f4d1 and f1d31b65e0e8ef1d503f5a2d7966eff06151c5d2, project
 * "test-project-id"). That golden has no model versions or endpoints: theirs follow
 * {@code source/vertexai/vertexai_builder.py} ({@code make_ml_model_urn}: {@code <model name>_<version id>},
 * {@code format_model_name}, {@code format_endpoint_name}) and {@code vertexai_model_extractor.py}
 * ({@code _get_version_set_urn}: {@code datahub_guid({"platform": "vertexai", "name": model.name})}, computed here
 * with Python).
 */
class VertexAiNamesTest {
  private static final VertexAiNames VERTEX = VertexAiNames.of("test-project-id");

  @Test
  void modelGroupsTrainingJobsExperimentsAndRunsAreTheGoldensUrns() {
    assertThat(VERTEX.modelGroup("mock_prediction_model_1")).isEqualTo(MLModelGroupUrn.parse(
        "urn:li:mlModelGroup:(urn:li:dataPlatform:vertexai,test-project-id.model_group.mock_prediction_model_1,PROD)"));
    assertThat(VERTEX.trainingJob("mock_training_job"))
        .isEqualTo(DataProcessInstanceUrn.parse("urn:li:dataProcessInstance:test-project-id.job.mock_training_job"));
    assertThat(VERTEX.experiment("mock_experiment_1")).isEqualTo(ContainerUrn.of("b7661ca4f9851ac953d1a1d35d2e71c9"));
    assertThat(VERTEX.experimentRun("mock_experiment_1", "mock_experiment_run")).isEqualTo(DataProcessInstanceUrn
        .parse("urn:li:dataProcessInstance:test-project-id.experiment_run.mock_experiment_1-mock_experiment_run"));
  }

  @Test
  void theExperimentKeyHashesThePlatformNameAndTheFormattedId() {
    assertThat(VERTEX.experimentKey("mock_experiment_1").fields())
        .containsEntry("platform", "vertexai").containsEntry("id", "test-project-id.experiment.mock_experiment_1");
    assertThat(VERTEX.withPlatformInstance("eu").experiment("mock_experiment_1"))
        .isEqualTo(ContainerUrn.of("0795de2aab8e9901fce6ead07716468a"));
  }

  @Test
  void modelVersionsAndEndpointsFollowTheUrnBuilder() {
    assertThat(VERTEX.modelVersion("mock_prediction_model_1", "3")).isEqualTo(MLModelUrn.parse(
        "urn:li:mlModel:(urn:li:dataPlatform:vertexai,test-project-id.model.mock_prediction_model_1_3,PROD)"));
    assertThat(VERTEX.endpoint("mock_endpoint")).isEqualTo(MLModelDeploymentUrn.parse(
        "urn:li:mlModelDeployment:(urn:li:dataPlatform:vertexai,test-project-id.endpoint.mock_endpoint,PROD)"));
    assertThat(VERTEX.withEnv(FabricType.DEV).modelGroup("m").env()).isEqualTo(FabricType.DEV);
  }

  @Test
  void aNewModelVersionSharesTheModelsVersionSet() {
    MLModel v3 = VERTEX.newModelVersion("mock_prediction_model_1", "3").build();

    assertThat(v3.urn()).isEqualTo(VERTEX.modelVersion("mock_prediction_model_1", "3"));
    assertThat(VERTEX.versionSet("mock_prediction_model_1"))
        .isEqualTo(VersionSetUrn.of("0d7abc1cdaee3b8ec304012f9040f876", "mlModel"));
    assertAspect(v3, VersionProperties.TYPE, "{\"versionSet\": \"urn:li:versionSet:(0d7abc1cdaee3b8ec304012f9040f876,"
        + "mlModel)\", \"version\": {\"versionTag\": \"3\"}, \"aliases\": [], \"sortId\": \"0000000003\", "
        + "\"versioningScheme\": \"LEXICOGRAPHIC_STRING\"}");
    assertThat(v3.properties().orElseThrow().groups()).containsExactly(VERTEX.modelGroup("mock_prediction_model_1"));
  }
}
