package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelVersions#register}: a model version MLflow registered, told to DataHub in one call. Run on the local
 * store and on a fake GMS.
 */
abstract class ModelRegistrationContract {
  static final MlflowNames MLFLOW = MlflowNames.defaults();
  static final VersionSetUrn CHURN = MLFLOW.versionSet("churn-model");
  static final MLModelGroupUrn GROUP = MLFLOW.registeredModel("churn-model");
  static final MLModelUrn V1 = MLFLOW.modelVersion("churn-model", "1");
  static final MLModelUrn V2 = MLFLOW.modelVersion("churn-model", "2");
  static final DataProcessInstanceUrn RUN = MLFLOW.run("5f2a");
  static final CorpUserUrn JDOE = CorpUserUrn.of("jdoe");

  /** The client under test, open for the test's duration. */
  abstract DataHubClient client();

  private ModelVersions versions() {
    return ModelVersions.of(client());
  }

  private ModelRegistration.Builder version2() {
    return MLFLOW.newRegistration("churn-model", "2").addAlias("champion").trainingRun(RUN)
        .addTrainingMetric("auc", 0.91).addHyperParam("max_depth", 6).addOwner(JDOE);
  }

  private MLModel get(MLModelUrn urn) {
    return client().entities().get(urn, MLModel.class);
  }

  @Test
  void oneCallWritesTheVersionCreatesItsGroupTakesTheAliasAndLinksTheRun() {
    client().entities().upsert(MLFLOW.newModelVersion("churn-model", "1").addAlias("champion").build());
    client().entities().upsert(MLFLOW.newRun("5f2a").build());

    MLModel v2 = versions().register(version2().build());

    MLModel back = get(V2);
    assertThat(back.version()).contains("2");
    assertThat(back.versionSet()).contains(CHURN);
    assertThat(back.aliases()).containsExactly("champion");
    assertThat(back.groups()).containsExactly(GROUP);
    assertThat(back.trainingRuns()).containsExactly(RUN);
    assertThat(back.trainingMetrics()).containsExactly(MLMetric.of("auc", "0.91"));
    assertThat(back.hyperParams()).extracting(p -> p.name()).containsExactly("max_depth");
    assertThat(back.owners()).extracting(o -> o.owner().toString()).containsExactly(JDOE.toString());
    assertThat(back.aspect(DataPlatformInstance.TYPE)).contains(DataPlatformInstance.of(DataPlatformUrn.of("mlflow")));
    assertThat(v2.aliases()).isEqualTo(back.aliases());
    assertThat(get(V1).aliases()).as("version 1 lost champion").isEmpty();
    assertThat(versions().holders(CHURN, "champion")).containsExactly(V2);
    MLModelGroup group = client().entities().get(GROUP, MLModelGroup.class);
    assertThat(group.aspects()).extracting(Aspect::aspectName).contains("dataPlatformInstance",
        "mlModelGroupProperties");
    assertThat(client().entities().get(RUN, TrainingRun.class).outputs()).containsExactly(V2);
  }

  @Test
  void registeringTheSameVersionAgainChangesNothing() {
    versions().register(version2().build());
    Map<String, Aspect> first = aspectsOf(V2);

    versions().register(version2().build());

    assertThat(aspectsOf(V2)).isEqualTo(first);
    assertThat(client().reader().exists(RUN)).as("a run DataHub does not have is not created").isFalse();
  }

  @Test
  void whatTheVersionAndTheGroupHaveThatTheRegistrationDoesNotNameIsKept() {
    client().entities().upsert(MLFLOW.newRegisteredModel("churn-model").description("Churn models").build());
    client().entities().upsert(MLFLOW.newModelVersion("churn-model", "2").description("retrained weekly")
        .addTag(TagUrn.of("nightly")).addAlias("challenger").addTrainingMetric("recall", 0.8).build());

    versions().register(version2().build());

    MLModel back = get(V2);
    assertThat(back.description()).contains("retrained weekly");
    assertThat(back.tags()).containsExactly(TagUrn.of("nightly"));
    assertThat(back.aliases()).containsExactly("challenger", "champion");
    assertThat(back.trainingMetrics()).extracting(MLMetric::name).containsExactly("recall", "auc");
    assertThat(client().entities().get(GROUP, MLModelGroup.class).description()).contains("Churn models");
  }

  @Test
  void aWriteThatIsRefusedLeavesNoneOfItWritten() {
    client().entities().upsert(MLFLOW.newModelVersion("churn-model", "1").addAlias("champion").build());

    assertThatThrownBy(() -> versions().register(version2().description("d".repeat(17_000_000)).build()))
        .isInstanceOf(RuntimeException.class).hasMessageContaining(V2.toString());

    assertThat(client().reader().exists(V2)).isFalse();
    assertThat(client().reader().exists(GROUP)).isFalse();
    assertThat(get(V1).aliases()).containsExactly("champion");
  }

  @Test
  void aRegistrationNeedsItsModelGroupAndVersion() {
    assertThatThrownBy(() -> ModelRegistration.builder().model(V2).group(GROUP).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ModelRegistration.version is required");
    assertThatThrownBy(() -> ModelRegistration.builder().model(V2).group(GROUP).version("2")
        .versionSet(VersionSetUrn.of("x", "dataset")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds dataset entities");
    assertThat(ModelRegistration.builder().model(V2).group(GROUP).version("2").build().versionSet())
        .as("the group's set is the one the MLflow connector names").isEqualTo(CHURN);
    assertThat(version2().build().toBuilder().build().trainingMetrics()).containsExactly(MLMetric.of("auc", "0.91"));
  }

  private Map<String, Aspect> aspectsOf(Urn urn) {
    Map<String, Aspect> out = new LinkedHashMap<>();
    for (Map.Entry<String, VersionedAspect<Aspect>> e : client().reader().getEntity(urn).orElseThrow().aspects()
        .entrySet()) {
      out.put(e.getKey(), e.getValue().aspect());
    }
    return out;
  }
}
