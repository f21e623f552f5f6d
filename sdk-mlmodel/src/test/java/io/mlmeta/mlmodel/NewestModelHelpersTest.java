package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Applications;
import io.mlmeta.aspect.PrimitivePropertyValue;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity helpers of the newest DataHub model: structured properties, applications, sub-types, edited text. */
class NewestModelHelpersTest {
  private static final Urn TIER = Urn.parse("urn:li:structuredProperty:io.acryl.tier");
  private static final Urn RETENTION = Urn.parse("urn:li:structuredProperty:io.acryl.retentionDays");
  private static final Urn CHURN = Urn.parse("urn:li:application:churn");

  @TempDir
  Path dir;

  @Test
  void structuredPropertiesAreWrittenAsTheValueUnionOfTheSpec() {
    MLModel model = model().setStructuredProperty(TIER, "gold").setStructuredProperty(RETENTION, 90, 365.5);

    // aspects.md 9.10: values are union[string, double], each a single-key object
    assertThat(Golden.parse(AspectCodec.toJson(model.aspect(StructuredProperties.TYPE).orElseThrow())))
        .isEqualTo(Golden.parse("{\"properties\":[{\"propertyUrn\":\"urn:li:structuredProperty:io.acryl.tier\","
            + "\"values\":[{\"string\":\"gold\"}]},{\"propertyUrn\":"
            + "\"urn:li:structuredProperty:io.acryl.retentionDays\",\"values\":[{\"double\":90.0},"
            + "{\"double\":365.5}]}]}"));
    assertThat(model.structuredProperty(RETENTION)).containsExactly(PrimitivePropertyValue.ofDouble(90),
        PrimitivePropertyValue.ofDouble(365.5));
    assertThat(model.structuredProperties()).containsOnlyKeys(TIER, RETENTION);
  }

  @Test
  void settingAPropertyAgainReplacesItsValuesInPlaceAndKeepsItsStampAndAttribution() {
    try (DataHubClient client = DataHubClient.local(dir)) {
      client.entities().upsert(model());
      client.emitter().emit(MetadataChangeProposal.upsert(model().urn(), RawAspect.of("structuredProperties",
          "{\"properties\":[{\"propertyUrn\":\"" + TIER + "\",\"values\":[{\"string\":\"silver\"}],"
              + "\"created\":{\"time\":5,\"actor\":\"urn:li:corpuser:ui\"},\"attribution\":{\"time\":5,"
              + "\"actor\":\"urn:li:corpuser:ui\",\"sourceDetail\":{}}},{\"propertyUrn\":\"" + RETENTION
              + "\",\"values\":[{\"double\":30.0}]}]}")));

      MLModel read = client.entities().get(model().urn(), MLModel.class);
      client.entities().update(read.setStructuredProperty(TIER, "gold").removeStructuredProperty(RETENTION));

      assertThat(Golden.parse(AspectCodec.toJson(client.reader().getAspect(read.urn(), StructuredProperties.TYPE)
          .orElseThrow()))).isEqualTo(Golden.parse("{\"properties\":[{\"propertyUrn\":\"" + TIER + "\","
              + "\"values\":[{\"string\":\"gold\"}],\"created\":{\"time\":5,\"actor\":\"urn:li:corpuser:ui\"},"
              + "\"attribution\":{\"time\":5,\"actor\":\"urn:li:corpuser:ui\",\"sourceDetail\":{}}}]}"));
    }
  }

  @Test
  void badStructuredPropertiesAreRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> model().setStructuredProperty(Urn.parse("urn:li:tag:tier"), "gold"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:li:tag:tier");
    assertThatThrownBy(() -> model().setStructuredProperty(TIER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    assertThatThrownBy(() -> model().setStructuredProperty(TIER, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true");
  }

  @Test
  void applicationsAreAddedOnceAndRemoved() {
    MLModelGroup group = MLModelGroup.builder().platform("mlflow").name("churn").build()
        .addApplication(CHURN).addApplication(CHURN);

    assertThat(group.applications()).containsExactly(CHURN);
    assertThat(AspectCodec.toJson(group.aspect(Applications.TYPE).orElseThrow()))
        .isEqualTo("{\"applications\":[\"urn:li:application:churn\"]}");
    assertThat(group.removeApplication(CHURN).applications()).isEmpty();
    assertThatThrownBy(() -> group.addApplication(Urn.parse("urn:li:domain:churn")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urn:li:domain:churn");
  }

  @Test
  void modelsAndGroupsTakeSubTypes() {
    MLModel model = model().addSubType("ML Model");

    assertThat(model.toMcps()).filteredOn(m -> m.aspectName().equals("subTypes")).singleElement()
        .satisfies(m -> assertThat(m.aspect().orElseThrow()).isEqualTo(SubTypes.of("ML Model")));
    assertThat(MLModelGroup.builder().platform("mlflow").name("g").build().addSubType("ML Model Group").subTypes())
        .containsExactly("ML Model Group");
  }

  @Test
  void editedDescriptionsOfExperimentsAndGroupsKeepTheAspectsOtherFields() {
    try (DataHubClient client = DataHubClient.local(dir)) {
      Experiment experiment = Experiment.builder().platform("mlflow").id("exp").build();
      client.entities().upsert(experiment);
      client.emitter().emit(MetadataChangeProposal.upsert(experiment.urn(), RawAspect.of(
          "editableContainerProperties", "{\"description\":\"old\",\"lastEditedBy\":\"urn:li:corpuser:ui\"}")));

      Experiment read = client.entities().get(experiment.urn(), Experiment.class);
      assertThat(read.editableDescription()).contains("old");
      client.entities().update(read.setEditableDescription("new"));

      assertThat(client.reader().getAspect(experiment.urn(), io.mlmeta.aspect.AspectType.untyped(
          "editableContainerProperties")).map(a -> ((RawAspect) a).json()).map(Golden::parse).orElseThrow())
          .isEqualTo(Golden.parse("{\"description\":\"new\",\"lastEditedBy\":\"urn:li:corpuser:ui\"}"));
    }
    assertThat(MLModelGroup.builder().platform("mlflow").name("g").build().setEditableDescription("edited")
        .editableDescription()).contains("edited");
  }

  private static MLModel model() {
    return MLModel.builder().platform("mlflow").name("churn").build();
  }
}
