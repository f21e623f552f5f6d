package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.aspect.VersioningScheme;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.List;
import org.junit.jupiter.api.Test;

class HasVersionTest {
  /** DataHub's versionSet id for this model: datahub_guid({"urn": <urn>}), computed with Python. */
  private static final VersionSetUrn ARIMA_SET = VersionSetUrn.of("74f69e967c9dd1b4059344e6ea1e038f", "mlModel");

  @Test
  void setVersionWritesDataHubsVersionSetAndZeroPaddedSortId() {
    MLModel model = arima().setVersion("1");

    VersionProperties v = model.aspect(VersionProperties.TYPE).orElseThrow();
    assertThat(v.versionSet()).isEqualTo(ARIMA_SET);
    assertThat(v.version()).isEqualTo(VersionTag.of("1"));
    assertThat(v.sortId()).isEqualTo("0000000001");
    assertThat(v.versioningScheme()).isEqualTo(VersioningScheme.LEXICOGRAPHIC_STRING);
    assertThat(model.version()).contains("1");
  }

  @Test
  void versionsOfOneModelCanShareAnExplicitVersionSet() {
    VersionSetUrn churn = VersionSetUrn.of("churn-model", "mlModel");
    MLModel v1 = MLModel.builder().platform("mlflow").name("churn-v1").build().setVersion("1", churn);
    MLModel v2 = MLModel.builder().platform("mlflow").name("churn-v2").build().setVersion("2", churn)
        .addAlias("champion");

    assertThat(v1.versionSet()).contains(churn);
    assertThat(v2.versionSet()).contains(churn);
    assertThat(v2.aspect(VersionProperties.TYPE).orElseThrow().sortId()).isEqualTo("0000000002");
    assertThat(v2.aliases()).containsExactly("champion");
  }

  @Test
  void theBuilderPutsTheVersionInTheSetGivenAndALaterPlainVersionInTheModelsOwn() {
    VersionSetUrn churn = VersionSetUrn.of("churn-model", "mlModel");

    MLModel shared = MLModel.builder().platform("mlflow").name("churn_3").version("3", churn).addAlias("champion")
        .build();
    MLModel own = MLModel.builder().platform("mlflow").name("0414_arima_model").version("3", churn).version("1")
        .build();

    assertThat(shared.versionSet()).contains(churn);
    assertThat(shared.version()).contains("3");
    assertThat(shared.aliases()).containsExactly("champion");
    assertThat(own.versionSet()).contains(ARIMA_SET);
  }

  @Test
  void aVersionSetOfAnotherEntityTypeIsRefused() {
    assertThatThrownBy(() -> arima().setVersion("1", VersionSetUrn.of("s", "dataset")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds dataset entities, not mlModel");
  }

  @Test
  void setVersionKeepsTheAliases() {
    MLModel model = arima().setVersion("1").addAlias("champion").setVersion("2");

    assertThat(model.version()).contains("2");
    assertThat(model.aliases()).containsExactly("champion");
    assertThat(model.aspect(VersionProperties.TYPE).orElseThrow().sortId()).isEqualTo("0000000002");
  }

  @Test
  void aliasesAreAddedOnceAndRemoved() {
    MLModel model = arima().setVersion("1").addAlias("champion").addAlias("latest").addAlias("champion");
    assertThat(model.aliases()).containsExactly("champion", "latest");

    assertThat(model.removeAlias("champion").aliases()).containsExactly("latest");
  }

  @Test
  void aliasChangesWithoutAVersionAreRefusedNamingTheAlias() {
    MLModel model = arima();
    assertThatThrownBy(() -> model.addAlias("champion"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'champion'");
    assertThatThrownBy(() -> arima().removeAlias("champion"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'champion'");
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("m").addAlias("champion").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'champion'");
    assertThat(model.changedAspects()).isEmpty();
  }

  @Test
  void moveAliasPromotesTheChampion() {
    MLModel v1 = MLModel.builder().platform("mlflow").name("churn_v1").version("1").addAlias("champion").build();
    MLModel v2 = MLModel.builder().platform("mlflow").name("churn_v2").version("2").addAlias("challenger").build();

    MLModel.moveAlias("champion", v1, v2);

    assertThat(v1.aliases()).isEmpty();
    assertThat(v2.aliases()).containsExactly("challenger", "champion");
    assertThat(v1.changedAspects()).containsExactly("versionProperties");
    assertThat(v2.changedAspects()).containsExactly("versionProperties");
  }

  @Test
  void moveAliasToAModelWithoutVersionChangesNothing() {
    MLModel v1 = MLModel.builder().platform("mlflow").name("churn_v1").version("1").addAlias("champion").build();
    MLModel unversioned = MLModel.builder().platform("mlflow").name("churn_x").build();

    assertThatThrownBy(() -> MLModel.moveAlias("champion", v1, unversioned))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'champion'")
        .hasMessageContaining("churn_x");
    assertThat(v1.aliases()).containsExactly("champion");
  }

  @Test
  void addAliasReappliedToANewerValueKeepsTheOtherWritersAliases() {
    VersionProperties read = VersionProperties.builder().versionSet(ARIMA_SET).version(VersionTag.of("1"))
        .sortId("0000000001").addAlias(VersionTag.of("latest")).build();
    MLModel model = (MLModel) EntityTesting.readBack(read(arima().urn(), List.of(read)));
    model.addAlias("champion").removeAlias("latest");

    VersionProperties newer = read.toBuilder().addAlias(VersionTag.of("challenger")).comment("theirs").build();
    VersionProperties merged = (VersionProperties) pending(model, "versionProperties").reapply(newer);

    assertThat(merged.aliases()).extracting(a -> a.versionTag().orElseThrow())
        .containsExactly("challenger", "champion");
    assertThat(merged.comment()).contains("theirs");
  }

  @Test
  void setVersionReappliedToANewerValueKeepsItsAliases() {
    MLModel model = (MLModel) EntityTesting.readBack(read(arima().urn(), List.of()));
    model.setVersion("2");

    VersionProperties newer = VersionProperties.builder().versionSet(ARIMA_SET).version(VersionTag.of("1"))
        .sortId("0000000001").addAlias(VersionTag.of("champion")).build();
    VersionProperties merged = (VersionProperties) pending(model, "versionProperties").reapply(newer);

    assertThat(merged.version()).isEqualTo(VersionTag.of("2"));
    assertThat(merged.sortId()).isEqualTo("0000000002");
    assertThat(merged.aliases()).containsExactly(VersionTag.of("champion"));
    assertThat(pending(model, "versionProperties").readVersion()).contains("-1");
  }

  @Test
  void versionsAndAliasesCarryTheirAttributionAndSettingTheSameVersionKeepsIt() {
    MetadataAttribution registry = MetadataAttribution.builder().time(5L).actor(CorpUserUrn.of("registry"))
        .putSourceDetail("registry", "mlflow").build();
    MetadataAttribution ops = MetadataAttribution.builder().time(6L).actor(CorpUserUrn.of("ops")).build();
    MLModel model = arima().setVersion("1").setVersionAttribution(registry)
        .addAlias("champion", registry).addAlias("challenger");

    assertThat(model.versionAttribution()).contains(registry);
    assertThat(model.aliasAttribution("champion")).contains(registry);
    assertThat(model.aliasAttribution("challenger")).isEmpty();

    model.setVersion("1").addAlias("champion", ops);
    assertThat(model.versionAttribution()).contains(registry);
    assertThat(model.aliases()).containsExactly("champion", "challenger");
    assertThat(model.aliasAttribution("champion")).contains(ops);
    assertThat(model.setVersion("2").versionAttribution()).isEmpty();
  }

  @Test
  void attributingWithoutAVersionIsRefused() {
    MetadataAttribution a = MetadataAttribution.builder().time(5L).actor(CorpUserUrn.of("x")).build();
    assertThatThrownBy(() -> arima().setVersionAttribution(a)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("setVersion");
    assertThatThrownBy(() -> arima().addAlias("champion", a)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'champion'");
  }

  private static MLModel arima() {
    return MLModel.builder().platform("mlflow").name("0414_arima_model").build();
  }
}
