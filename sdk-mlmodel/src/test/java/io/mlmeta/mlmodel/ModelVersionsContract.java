package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of {@link ModelVersions} on a backend: versions of registered model "churn-model" named as DataHub's
 * MLflow connector names them, so they share one version set. Run on the local store and on a fake GMS.
 */
abstract class ModelVersionsContract {
  static final MlflowNames MLFLOW = MlflowNames.defaults();
  static final VersionSetUrn CHURN = MLFLOW.versionSet("churn-model");
  static final MLModelUrn V1 = MLFLOW.modelVersion("churn-model", "1");
  static final MLModelUrn V2 = MLFLOW.modelVersion("churn-model", "2");
  static final MLModelUrn V3 = MLFLOW.modelVersion("churn-model", "3");

  /** The client under test, open for the test's duration. */
  abstract DataHubClient client();

  private ModelVersions versions() {
    return ModelVersions.of(client());
  }

  private void write(String version, String... aliases) {
    MLModelBuilder builder = MLFLOW.newModelVersion("churn-model", version);
    for (String alias : aliases) {
      builder.addAlias(alias);
    }
    client().entities().upsert(builder.build());
  }

  private List<String> aliasesOf(MLModelUrn urn) {
    return client().entities().get(urn, MLModel.class).aliases();
  }

  @Test
  void theMembersOfASetAreItsVersionsOnly() {
    write("1");
    write("2");
    client().entities().upsert(MLFLOW.newModelVersion("other-model", "1").build());

    assertThat(versions().members(CHURN)).containsExactly(V1, V2);
  }

  @Test
  void movingChampionFromVersionOneToTwoTakesItFromOneInTheSameCall() {
    write("1", "champion");
    write("2", "challenger");

    VersionProperties written = versions().moveAlias("champion", V2);

    assertThat(aliasesOf(V1)).isEmpty();
    assertThat(aliasesOf(V2)).containsExactly("challenger", "champion");
    assertThat(written.hasAlias("champion")).isTrue();
    assertThat(versions().holders(CHURN, "champion")).containsExactly(V2);
  }

  @Test
  void aMoveKeepsTheOtherAliasesOfTheVersionItLeaves() {
    write("1", "champion", "prod");
    write("2");

    versions().moveAlias("champion", V2);

    assertThat(aliasesOf(V1)).containsExactly("prod");
  }

  @Test
  void aMoveLeavesOneHolderWhereEarlierWritesLeftTwo() {
    write("1", "champion");
    write("3", "champion");
    write("2");

    versions().moveAlias("champion", V2);

    assertThat(versions().holders(CHURN, "champion")).containsExactly(V2);
  }

  @Test
  void aMoveToAModelWithoutAVersionIsRefusedNamingIt() {
    MLModel unversioned = MLModel.builder().platform("mlflow").name("churn-model_9").build();
    client().entities().upsert(unversioned);

    assertThatThrownBy(() -> versions().moveAlias("champion", unversioned.urn()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(unversioned.urn().toString())
        .hasMessageContaining("no version");
  }

  @Test
  void savingANewVersionWithAHeldAliasFailsNamingTheHolderAndWritesNothing() {
    write("1", "champion");
    MLModel v2 = MLFLOW.newModelVersion("churn-model", "2").addAlias("champion").build();

    assertThatThrownBy(() -> versions().save(v2)).isInstanceOfSatisfying(AliasInUseException.class, e -> {
      assertThat(e.alias()).isEqualTo("champion");
      assertThat(e.holder()).isEqualTo(V1);
      assertThat(e.version()).isEqualTo(V2);
      assertThat(e.versionSet()).isEqualTo(CHURN);
      assertThat(e).hasMessageContaining(V1.toString()).hasMessageContaining("moveAlias");
    });
    assertThat(client().reader().exists(V2)).isFalse();
  }

  @Test
  void addingAHeldAliasToAVersionReadBackFails() {
    write("1", "champion");
    write("2");
    MLModel v2 = client().entities().get(V2, MLModel.class).addAlias("champion");

    assertThatThrownBy(() -> versions().save(v2)).isInstanceOf(AliasInUseException.class)
        .hasMessageContaining(V1.toString());
    assertThat(aliasesOf(V2)).isEmpty();
  }

  @Test
  void aliasesNoOtherVersionHoldsAreSaved() {
    write("1", "champion");
    MLModel v2 = MLFLOW.newModelVersion("churn-model", "2").addAlias("challenger").build();

    versions().save(v2);

    assertThat(aliasesOf(V2)).containsExactly("challenger");
  }

  @Test
  void savingAnotherChangeOfAVersionIsNotBlockedByAnAliasItAlreadyHeld() {
    write("1", "champion");
    write("2", "champion");
    MLModel v2 = client().entities().get(V2, MLModel.class).setDescription("retrained");

    versions().save(v2);

    assertThat(client().entities().get(V2, MLModel.class).description()).contains("retrained");
  }

  @Test
  void theSameAliasInAnotherRegisteredModelsSetDoesNotCount() {
    client().entities().upsert(MLFLOW.newModelVersion("other-model", "1").addAlias("champion").build());
    MLModel v1 = MLFLOW.newModelVersion("churn-model", "1").addAlias("champion").build();

    versions().save(v1);

    assertThat(versions().holders(CHURN, "champion")).containsExactly(V1);
  }
}
