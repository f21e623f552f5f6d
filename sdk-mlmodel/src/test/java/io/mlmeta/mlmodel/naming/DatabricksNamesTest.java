package io.mlmeta.mlmodel.naming;

import static io.mlmeta.mlmodel.naming.ConnectorJson.assertAspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.VersionSetUrn;
import org.junit.jupiter.api.Test;

/**
 * Expected URNs and aspects are copied from datahub-project/datahub
 * {@code metadata-ingestion/tests/integration/unity/unity_catalog_ml_model_mces_golden.json} (commit
 * 546b3e4724e879b59df5e2e23285bd074b7e494a): registered model quickstart_catalog.quickstart_schema.test_model and
 * its version 1 (aliases prod, champion).
 */
class DatabricksNamesTest {
  private static final DatabricksNames UNITY = DatabricksNames.defaults();

  @Test
  void registeredModelsAndVersionsAreNamedByFullName() {
    assertThat(UNITY.registeredModel("quickstart_catalog", "quickstart_schema", "test_model"))
        .isEqualTo(MLModelGroupUrn.parse("urn:li:mlModelGroup:(urn:li:dataPlatform:databricks,"
            + "quickstart_catalog.quickstart_schema.test_model,PROD)"));
    assertThat(UNITY.modelVersion("quickstart_catalog", "quickstart_schema", "test_model", "1"))
        .isEqualTo(MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:databricks,"
            + "quickstart_catalog.quickstart_schema.test_model_1,PROD)"));
  }

  @Test
  void eachVersionIsInAVersionSetOfItsOwn() {
    assertThat(UNITY.versionSet("quickstart_catalog", "quickstart_schema", "test_model", "1"))
        .isEqualTo(VersionSetUrn.parse("urn:li:versionSet:(22f2e7e54c1aed401763c01080a3436c,mlModel)"))
        .isNotEqualTo(UNITY.versionSet("quickstart_catalog", "quickstart_schema", "test_model", "2"));
  }

  @Test
  void aNewModelVersionWritesTheGoldensVersionProperties() {
    MLModel v1 = UNITY.newModelVersion("quickstart_catalog", "quickstart_schema", "test_model", "1")
        .addAlias("prod").addAlias("champion").build();

    assertAspect(v1, VersionProperties.TYPE, "{\"versionSet\": \"urn:li:versionSet:(22f2e7e54c1aed401763c01080a3436c,"
        + "mlModel)\", \"version\": {\"versionTag\": \"1\"}, \"aliases\": [{\"versionTag\": \"prod\"}, "
        + "{\"versionTag\": \"champion\"}], \"sortId\": \"0000000001\", \"versioningScheme\": "
        + "\"LEXICOGRAPHIC_STRING\"}");
    assertThat(v1.displayName()).contains("test_model_1");
    assertThat(v1.properties().orElseThrow().groups())
        .containsExactly(UNITY.registeredModel("quickstart_catalog", "quickstart_schema", "test_model"));
  }

  @Test
  void aNewRegisteredModelIsShownByItsShortNameOnTheSchemaAsPlatformInstance() {
    MLModelGroup group = UNITY.newRegisteredModel("quickstart_catalog", "quickstart_schema", "test_model")
        .description("Test model with MLflow integration").created(1666185700000L).lastModified(1666186000000L)
        .build();

    assertAspect(group, DataPlatformInstance.TYPE, "{\"platform\": \"urn:li:dataPlatform:databricks\", "
        + "\"instance\": \"urn:li:dataPlatformInstance:(urn:li:dataPlatform:databricks,quickstart_schema)\"}");
    assertAspect(group, MLModelGroupProperties.TYPE, "{\"customProperties\": {}, \"name\": \"test_model\", "
        + "\"description\": \"Test model with MLflow integration\", \"created\": {\"time\": 1666185700000}, "
        + "\"lastModified\": {\"time\": 1666186000000}}");
  }
}
