package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.UnknownFields;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLModelPropertiesTest {
  @Test
  void minimalPropertiesWriteTheDefaultedCustomPropertiesAndTags() {
    Golden.assertAspect(MLModelProperties.builder().build(), "golden/aspects/mlModelProperties-minimal.json");
  }

  @Test
  void richPropertiesWriteEveryFieldAndEachHyperParameterMember() {
    Map<String, HyperParameterValue> hyperParameters = new LinkedHashMap<>();
    hyperParameters.put("criterion", HyperParameterValue.ofString("gini"));
    hyperParameters.put("n_estimators", HyperParameterValue.ofInt(100));
    hyperParameters.put("lr", HyperParameterValue.ofFloat(0.01f));
    hyperParameters.put("subsample", HyperParameterValue.ofDouble(0.5));
    hyperParameters.put("bootstrap", HyperParameterValue.ofBoolean(true));

    MLModelProperties properties = MLModelProperties.builder()
        .putCustomProperty("framework", "sklearn")
        .putCustomProperty("framework_version", "1.5.2")
        .externalUrl("https://mlflow.example.com/#/models/churn/versions/3")
        .addTrainingJob(DataProcessInstanceUrn.of("0a1b2c"))
        .addTrainingJob(DataJobUrn.of(DataFlowUrn.of("airflow", "churn_training", "prod"), "train_model"))
        .addDownstreamJob(DataJobUrn.of(DataFlowUrn.of("airflow", "churn_scoring", "prod"), "score_customers"))
        .name("Churn model")
        .description("RF classifier")
        .date(1700000000000L)
        .created(TimeStamp.of(1700000000000L, CorpUserUrn.of("datahub")))
        .lastModified(TimeStamp.of(1700000500000L))
        .version(VersionTag.builder().versionTag("3")
            .metadataAttribution(MetadataAttribution.builder().time(1700000500000L).actor(CorpUserUrn.of("datahub"))
                .build())
            .build())
        .type("RandomForestClassifier")
        .hyperParameters(hyperParameters)
        .addHyperParam(MLHyperParam.builder().name("n_estimators").description("Number of trees").value("100")
            .createdAt(1700000000000L).build())
        .addHyperParam(MLHyperParam.builder().name("max_depth").build())
        .addTrainingMetric(MLMetric.builder().name("accuracy").description("Share of correct predictions")
            .value("0.93").createdAt(1700000400000L).build())
        .addTrainingMetric(MLMetric.of("auc_roc", "0.91"))
        .addOnlineMetric(MLMetric.of("precision_at_10", "0.42"))
        .addMlFeature(MLFeatureUrn.of("customer", "tenure_days"))
        .addMlFeature(MLFeatureUrn.of("customer", "monthly_spend"))
        .addTag("churn")
        .addTag("tabular")
        .addDeployment(MLModelDeploymentUrn.of("sagemaker", "churn-endpoint"))
        .addGroup(MLModelGroupUrn.of("mlflow", "churn"))
        .build();

    Golden.assertAspect(properties, "golden/aspects/mlModelProperties-rich.json");
  }

  @Test
  void theSpecExampleReadsAndWritesUnchanged() {
    MLModelProperties properties = MLModelProperties.builder()
        .name("Churn model")
        .description("RF classifier")
        .putCustomProperty("framework", "sklearn")
        .externalUrl("https://mlflow.example.com/#/models/churn/versions/3")
        .created(TimeStamp.of(1700000000000L, CorpUserUrn.of("datahub")))
        .lastModified(TimeStamp.of(1700000500000L))
        .type("RandomForestClassifier")
        .version(VersionTag.of("3"))
        .putHyperParameter("n_estimators", HyperParameterValue.ofInt(100))
        .putHyperParameter("lr", HyperParameterValue.ofFloat(0.01f))
        .addHyperParam(MLHyperParam.of("n_estimators", "100"))
        .addTrainingMetric(MLMetric.of("accuracy", "0.93"))
        .addTrainingJob(Urn.parse("urn:li:dataProcessInstance:0a1b2c"))
        .addGroup(MLModelGroupUrn.parse("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn,PROD)"))
        .build();

    Golden.assertAspect(properties, "golden/aspects/mlModelProperties-example-spec.json");
  }

  @Test
  void aTrainingJobThatIsNeitherADataJobNorARunIsRefusedNamingFieldAndValue() {
    DatasetUrn dataset = DatasetUrn.of("s3", "bucket/train.csv");

    assertThatThrownBy(() -> MLModelProperties.builder().addTrainingJob(dataset).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelProperties.trainingJobs")
        .hasMessageContaining(dataset.toString());
  }

  @Test
  void aDownstreamJobThatIsNeitherADataJobNorARunIsRefusedNamingFieldAndValue() {
    Urn model = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,other,PROD)");

    assertThatThrownBy(() -> MLModelProperties.builder().addDownstreamJob(model).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelProperties.downstreamJobs")
        .hasMessageContaining(model.toString());
  }

  @Test
  void aDateInMicrosecondsIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLModelProperties.builder().date(1700000000000000L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelProperties.date")
        .hasMessageContaining("1700000000000000");
  }

  @Test
  void aGroupUrnOfAnotherTypeIsRefusedOnRead() {
    String json = "{\"customProperties\":{},\"tags\":[],"
        + "\"groups\":[\"urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)\"]}";

    assertThatThrownBy(() -> AspectCodec.fromJson(MLModelProperties.TYPE, json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a mlModelGroup URN but got a mlModel URN");
  }

  @Test
  void aBareHyperParameterValueIsRefusedOnRead() {
    String json = "{\"customProperties\":{},\"tags\":[],\"hyperParameters\":{\"lr\":0.01}}";

    assertThatThrownBy(() -> AspectCodec.fromJson(MLModelProperties.TYPE, json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single-key object");
  }

  @Test
  void aMissingCustomPropertiesOrTagsReadsAsEmpty() {
    MLModelProperties read = AspectCodec.fromJson(MLModelProperties.TYPE, "{\"description\":\"d\"}");

    assertThat(read.customProperties()).isEmpty();
    assertThat(read.tags()).isEmpty();
    assertThat(read.description()).contains("d");
  }

  @Test
  void unknownFieldsFromANewerServerAreKeptAndWrittenBack() {
    MLModelProperties read = AspectCodec.fromJson(MLModelProperties.TYPE,
        "{\"customProperties\":{},\"tags\":[],\"someFutureField\":{\"x\":1.10}}");

    assertThat(read.unknownFields().json("someFutureField")).contains("{\"x\":1.10}");
    assertThat(read.toBuilder().unknownFields(UnknownFields.none()).build())
        .isEqualTo(MLModelProperties.builder().build());
    assertThat(AspectCodec.toJson(read.toBuilder().description("d").build()))
        .endsWith(",\"someFutureField\":{\"x\":1.10}}");
  }

  @Test
  void unknownFieldsSurviveTheDatabindPathOfAHyperparameterUnion() {
    MLModelProperties read = AspectCodec.fromJson(MLModelProperties.TYPE,
        "{\"customProperties\":{},\"hyperParameters\":{\"lr\":{\"float\":0.01}},\"later\":[\"\\u00e9\"]}");

    assertThat(AspectCodec.toJson(read)).contains("\"hyperParameters\":{\"lr\":{\"float\":0.01}}")
        .endsWith(",\"later\":[\"\\u00E9\"]}");
  }

  @Test
  void theAspectTypeDeclaresEveryRelationship() {
    assertThat(MLModelProperties.TYPE.name()).isEqualTo("mlModelProperties");
    assertThat(MLModelProperties.TYPE.pegasusClass()).isEqualTo("com.linkedin.ml.metadata.MLModelProperties");
    assertThat(MLModelProperties.TYPE.entityTypes()).containsExactly("mlModel");
    assertThat(MLModelProperties.TYPE.relationships()).extracting(Object::toString).containsExactly(
        "trainingJobs/* -> TrainedBy", "downstreamJobs/* -> UsedBy", "mlFeatures/* -> Consumes",
        "deployments/* -> DeployedTo", "groups/* -> MemberOf");
  }
}
