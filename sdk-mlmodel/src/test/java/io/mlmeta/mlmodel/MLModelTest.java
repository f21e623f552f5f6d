package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.mlmodel.aspect.Cost;
import io.mlmeta.mlmodel.aspect.CostValue;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.TagUrn;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLModelTest {
  private static final MLModelUrn URN = MLModelUrn.of("mlflow", "churn_model");
  private static final MLModelDeploymentUrn ENDPOINT = MLModelDeploymentUrn.of("sagemaker", "churn-endpoint");
  private static final MLModelDeploymentUrn OTHER_ENDPOINT = MLModelDeploymentUrn.of("sagemaker", "other-endpoint");
  private static final MLModelGroupUrn GROUP = MLModelGroupUrn.of("mlflow", "churn");
  private static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("run-42");

  @Test
  void aMinimalModelHoldsThePlatformAndDefaultProperties() {
    Golden.assertMcps(EntityFixtures.minimalModel().toMcps(), "golden/entities/mlModel-minimal.json");
  }

  @Test
  void aRichModelWritesEveryAspectInPythonsOrder() {
    Golden.assertMcps(EntityFixtures.richModel().toMcps(), "golden/entities/mlModel-rich.json");
  }

  @Test
  void aBuiltModelHasNoRecordedChanges() {
    MLModel model = MLModel.builder().platform("mlflow").name("m").description("d").addTag(TagUrn.of("t")).build();

    assertThat(model.changedAspects()).isEmpty();
    assertThat(model.isFetched()).isFalse();
    assertThat(model.urn()).isEqualTo(MLModelUrn.of("mlflow", "m"));
  }

  @Test
  void theBuilderNamesAMissingPlatformOrName() {
    assertThatThrownBy(() -> MLModel.builder().name("m").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModel.platform");
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModel.name");
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModel.name");
  }

  @Test
  void urnsOfTheWrongTypeAreRefusedNamingTheField() {
    assertThatThrownBy(() -> MLModel.builder().addTrainingRun(DatasetUrn.of("s3", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainingRun")
        .hasMessageContaining("urn:li:dataset:");
    assertThatThrownBy(() -> EntityFixtures.minimalModel().addDownstreamJob(DatasetUrn.of("s3", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("downstreamJob");
    assertThatThrownBy(() -> MLModel.builder().addOwner(TagUrn.of("team")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner")
        .hasMessageContaining("urn:li:tag:team");
  }

  @Test
  void propertyMutatorsSetTheirFields() {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("b", "2");
    props.put("a", "1");
    MLModel model = EntityFixtures.minimalModel()
        .setDisplayName("Churn").setDescription("RF").setExternalUrl("https://x").setType("RandomForest")
        .setCustomProperties(Map.of("old", "x")).setCustomProperties(props).addCustomProperty("c", "3")
        .setCreated(Instant.ofEpochMilli(5)).setLastModified(Instant.ofEpochMilli(6));

    assertThat(model.displayName()).contains("Churn");
    assertThat(model.description()).contains("RF");
    assertThat(model.externalUrl()).contains("https://x");
    assertThat(model.type()).contains("RandomForest");
    assertThat(model.customProperties()).containsExactly(Map.entry("b", "2"), Map.entry("a", "1"),
        Map.entry("c", "3"));
    assertThat(model.created()).contains(Instant.ofEpochMilli(5));
    assertThat(model.lastModified()).contains(Instant.ofEpochMilli(6));
  }

  @Test
  void hyperParamsAndMetricsAreReplacedOrSetByName() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("lr", 0.1);
    params.put("depth", 6);
    MLModel model = EntityFixtures.minimalModel().setHyperParams(params).addHyperParam("lr", 0.2)
        .addHyperParam("trees", 100)
        .setTrainingMetrics(List.of(MLMetric.of("accuracy", "0.8"))).addTrainingMetric("accuracy", 0.9)
        .setOnlineMetrics(Map.of("latency", 12)).addOnlineMetric("drift", 0.01);

    assertThat(model.hyperParams()).containsExactly(MLHyperParam.of("lr", "0.2"), MLHyperParam.of("depth", "6"),
        MLHyperParam.of("trees", "100"));
    assertThat(model.trainingMetrics()).containsExactly(MLMetric.of("accuracy", "0.9"));
    assertThat(model.onlineMetrics()).containsExactly(MLMetric.of("latency", "12"), MLMetric.of("drift", "0.01"));
    assertThat(model.setHyperParams(List.of()).hyperParams()).isEmpty();
    assertThatThrownBy(() -> model.addHyperParam("bad", new Object()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bad'");
  }

  @Test
  void aMetricOrHyperparameterRecordIsPutByItsName() {
    MLMetric measured = MLMetric.builder().name("auc").value("0.91").description("validation AUC")
        .createdAt(1_700_000_000_000L).build();
    MLModel model = EntityFixtures.minimalModel().addTrainingMetric("accuracy", 0.8).addTrainingMetric("auc", 0.5)
        .addTrainingMetric(measured).addHyperParam(MLHyperParam.of("lr", "0.1"));

    assertThat(model.trainingMetrics()).containsExactly(MLMetric.of("accuracy", "0.8"), measured);
    assertThat(model.hyperParams()).containsExactly(MLHyperParam.of("lr", "0.1"));
    assertThat(((MLModelProperties) pending(model, "mlModelProperties").reapply(null)).trainingMetrics())
        .as("recorded, to be applied again on a conflict").containsExactly(MLMetric.of("accuracy", "0.8"), measured);
  }

  @Test
  void deploymentsAreAddedOnceAndRemoved() {
    MLModel model = EntityFixtures.minimalModel().addDeployment(ENDPOINT).addDeployment(OTHER_ENDPOINT)
        .addDeployment(ENDPOINT);
    assertThat(model.deployments()).containsExactly(ENDPOINT, OTHER_ENDPOINT);

    assertThat(model.removeDeployment(ENDPOINT).deployments()).containsExactly(OTHER_ENDPOINT);
  }

  @Test
  void groupsAreAddedOnceSetAndRemoved() {
    MLModelGroupUrn other = MLModelGroupUrn.of("mlflow", "other");
    MLModel model = EntityFixtures.minimalModel().addGroup(GROUP).addGroup(other).addGroup(GROUP);
    assertThat(model.groups()).containsExactly(GROUP, other);

    assertThat(model.setGroup(other).groups()).containsExactly(other);
    assertThat(model.removeGroup(other).groups()).isEmpty();
  }

  @Test
  void jobsAndFeaturesAreAddedOnceAndRemoved() {
    MLFeatureUrn feature = MLFeatureUrn.of("customer", "tenure");
    MLModel model = EntityFixtures.minimalModel().addTrainingRun(RUN).addTrainingRun(RUN)
        .addDownstreamJob(RUN).addDownstreamJob(RUN).addFeature(feature).addFeature(feature);
    assertThat(model.trainingRuns()).containsExactly(RUN);
    assertThat(model.downstreamJobs()).containsExactly(RUN);
    assertThat(model.features()).containsExactly(feature);

    model.removeTrainingRun(RUN).removeDownstreamJob(RUN).removeFeature(feature);
    assertThat(model.trainingRuns()).isEmpty();
    assertThat(model.downstreamJobs()).isEmpty();
    assertThat(model.features()).isEmpty();
  }

  @Test
  void modelCardSourceCodeCostAndEditedDescriptionAreWholeAspects() {
    IntendedUse use = IntendedUse.builder().addPrimaryUse("churn").build();
    Cost cost = Cost.of(CostValue.ofCostId(12.5));
    MLModel model = EntityFixtures.minimalModel().setIntendedUse(use).setCost(cost)
        .setEditableDescription("edited");

    assertThat(model.intendedUse()).contains(use);
    assertThat(model.cost()).contains(cost);
    assertThat(model.editableDescription()).contains("edited");
    assertThat(model.description()).isEmpty();
    assertThat(model.sourceCode()).isEmpty();
  }

  @Test
  void addDeploymentReappliedToANewerValueKeepsTheOtherWritersChanges() {
    MLModel model = readModel(MLModelProperties.builder().addDeployment(OTHER_ENDPOINT).build());
    model.addDeployment(ENDPOINT);

    MLModelProperties newer = MLModelProperties.builder().description("theirs")
        .addDeployment(OTHER_ENDPOINT).addDeployment(MLModelDeploymentUrn.of("sagemaker", "theirs")).build();
    MLModelProperties merged = (MLModelProperties) pending(model, "mlModelProperties").reapply(newer);

    assertThat(merged.deployments()).containsExactly(OTHER_ENDPOINT, MLModelDeploymentUrn.of("sagemaker", "theirs"),
        ENDPOINT);
    assertThat(merged.description()).contains("theirs");
    assertThat(pending(model, "mlModelProperties").readVersion()).contains("1");
  }

  @Test
  void addDeploymentReappliedWhenTheAspectIsGoneRecreatesItWithDefaults() {
    MLModel model = readModel(MLModelProperties.builder().build()).addDeployment(ENDPOINT);

    assertThat(pending(model, "mlModelProperties").reapply(null))
        .isEqualTo(MLModelProperties.builder().addDeployment(ENDPOINT).build());
  }

  @Test
  void addTagAddOwnerAndAddTrainingRunReappliedKeepTheOtherWritersAdditions() {
    MLModel model = readModel(MLModelProperties.builder().build())
        .addTag(TagUrn.of("mine")).addOwner(CorpUserUrn.of("me")).addTrainingRun(RUN);

    GlobalTags tags = (GlobalTags) pending(model, "globalTags").reapply(GlobalTags.of(TagUrn.of("theirs")));
    Ownership owners = (Ownership) pending(model, "ownership").reapply(Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("them"), OwnershipType.TECHNICAL_OWNER)).build());
    MLModelProperties props = (MLModelProperties) pending(model, "mlModelProperties").reapply(
        MLModelProperties.builder().addTrainingJob(DataProcessInstanceUrn.of("theirs")).build());

    assertThat(tags.tags()).extracting(t -> t.tag().name()).containsExactly("theirs", "mine");
    assertThat(owners.owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:them", "urn:li:corpuser:me");
    assertThat(props.trainingJobs()).containsExactly(DataProcessInstanceUrn.of("theirs"), RUN);
  }

  @Test
  void theKindReadsAModelBackWithItsAspectsAndKeepsUnknownAspects() {
    MLModel rich = EntityFixtures.richModel();
    MLModel back = EntityTesting.roundTrip(rich);
    assertThat(back.urn()).isInstanceOf(MLModelUrn.class).isEqualTo(rich.urn());
    assertThat(back.aliases()).containsExactly("champion");

    RawAspect forms = RawAspect.of("forms", "{\"incompleteForms\":[]}");
    MLModel withUnknown = (MLModel) EntityTesting.readBack(read(URN,
        List.of(MLModelProperties.builder().build(), forms)));
    withUnknown.setDescription("changed");
    assertThat(withUnknown.toMcps()).extracting(m -> m.aspectName()).containsExactly("mlModelProperties", "forms");
    assertThat(withUnknown.aspects()).contains(forms);
    assertThat(withUnknown.changedAspects()).containsExactly("mlModelProperties");
  }

  private static MLModel readModel(MLModelProperties properties) {
    return (MLModel) EntityTesting.readBack(read(URN, List.of(properties)));
  }
}
