package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class StructuredPropertiesTest {
  private static final String RICH = "golden/aspects/structuredProperties-rich.json";
  private static final Urn TIER = Urn.parse("urn:li:structuredProperty:io.acryl.tier");
  private static final Urn RETRAIN = Urn.parse("urn:li:structuredProperty:io.acryl.retrainDays");
  private static final Urn OWNER_TEAM = Urn.parse("urn:li:structuredProperty:io.acryl.team");
  private static final MetadataAttribution SYNC = MetadataAttribution.builder()
      .time(1700000500000L)
      .actor(CorpUserUrn.of("datahub"))
      .source(Urn.parse("urn:li:dataHubAction:sync"))
      .putSourceDetail("pipeline", "nightly")
      .build();

  @Test
  void minimalIsOneStringValuedAssignment() {
    Golden.assertAspect(StructuredProperties.of(
        StructuredPropertyValueAssignment.of(TIER, PrimitivePropertyValue.ofString("gold"))),
        "golden/aspects/structuredProperties-minimal.json");
  }

  @Test
  void richWritesStampsAttributionAndDoubleValues() {
    Golden.assertAspect(rich(), RICH);
  }

  @Test
  void theRichFixtureReadAndWrittenBackIsUnchanged() {
    StructuredProperties read = AspectCodec.fromJson(StructuredProperties.TYPE, Golden.resource(RICH));

    assertThat(Golden.parse(AspectCodec.toJson(read))).isEqualTo(Golden.json(RICH));
    assertThat(read.property(RETRAIN).orElseThrow().values()).extracting(PrimitivePropertyValue::doubleValue)
        .containsExactly(3.0, 7.5);
  }

  @Test
  void aPropertyUrnOfAnotherTypeIsRefusedNamingFieldAndValue() {
    assertThatThrownBy(() -> StructuredPropertyValueAssignment.of(Urn.parse("urn:li:tag:tier"),
        PrimitivePropertyValue.ofString("gold")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StructuredPropertyValueAssignment.propertyUrn")
        .hasMessageContaining("urn:li:structuredProperty")
        .hasMessageContaining("urn:li:tag:tier");
  }

  @Test
  void aPropertyUrnOfAnotherTypeIsNotRead() {
    assertThatThrownBy(() -> AspectCodec.fromJson(StructuredProperties.TYPE,
        "{\"properties\":[{\"propertyUrn\":\"urn:li:tag:tier\",\"values\":[{\"string\":\"gold\"}]}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("propertyUrn")
        .hasMessageContaining("urn:li:tag:tier");
  }

  @Test
  void anAssignmentWithoutValuesIsRefused() {
    assertThatThrownBy(() -> StructuredPropertyValueAssignment.of(TIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StructuredPropertyValueAssignment.values")
        .hasMessageContaining(TIER.toString())
        .hasMessageContaining("empty");
  }

  @Test
  void aBareValueIsNotReadAsAUnion() {
    assertThatThrownBy(() -> AspectCodec.fromJson(StructuredProperties.TYPE, assignmentWithValues("\"gold\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single-key object")
        .hasMessageContaining("\"gold\"");
  }

  @Test
  void anUnknownUnionMemberIsNotRead() {
    assertThatThrownBy(() -> AspectCodec.fromJson(StructuredProperties.TYPE, assignmentWithValues("{\"int\":3}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown PrimitivePropertyValue member 'int'");
  }

  @Test
  void aMemberHoldingTheWrongTypeIsNotRead() {
    assertThatThrownBy(() -> AspectCodec.fromJson(StructuredProperties.TYPE,
        assignmentWithValues("{\"double\":\"3\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'double' cannot hold \"3\"");
  }

  @Test
  void aPropertyAssignedTwiceIsRefused() {
    assertThatThrownBy(() -> StructuredProperties.of(
        StructuredPropertyValueAssignment.of(TIER, PrimitivePropertyValue.ofString("gold")),
        StructuredPropertyValueAssignment.of(TIER, PrimitivePropertyValue.ofString("silver"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("StructuredProperties.properties")
        .hasMessageContaining("'" + TIER + "' twice");
  }

  @Test
  void propertyFindsTheAssignmentByUrn() {
    assertThat(rich().property(TIER).orElseThrow().values()).containsExactly(PrimitivePropertyValue.ofString("gold"));
    assertThat(rich().property(OWNER_TEAM)).isEmpty();
  }

  @Test
  void withPropertyReplacesInPlaceKeepingCreatedAndAttribution() {
    AuditStamp now = AuditStamp.of(1700000900000L, CorpUserUrn.of("asmith"));
    StructuredProperties changed = rich().withProperty(StructuredPropertyValueAssignment.builder()
        .propertyUrn(TIER).addValue(PrimitivePropertyValue.ofString("platinum")).lastModified(now).build());

    assertThat(changed.properties()).extracting(StructuredPropertyValueAssignment::propertyUrn)
        .containsExactly(TIER, RETRAIN);
    StructuredPropertyValueAssignment tier = changed.property(TIER).orElseThrow();
    assertThat(tier.values()).containsExactly(PrimitivePropertyValue.ofString("platinum"));
    assertThat(tier.lastModified()).contains(now);
    assertThat(tier.created()).isEqualTo(rich().property(TIER).orElseThrow().created()).isPresent();
    assertThat(tier.attribution()).contains(SYNC);
  }

  @Test
  void withPropertyTakesTheNewCreatedAndAttributionWhenItHasThem() {
    AuditStamp created = AuditStamp.of(1L, CorpUserUrn.of("asmith"));
    MetadataAttribution attribution = SYNC.toBuilder().time(2L).build();
    StructuredPropertyValueAssignment tier = rich().withProperty(StructuredPropertyValueAssignment.builder()
        .propertyUrn(TIER).addValue(PrimitivePropertyValue.ofString("gold")).created(created)
        .attribution(attribution).build()).property(TIER).orElseThrow();

    assertThat(tier.created()).contains(created);
    assertThat(tier.attribution()).contains(attribution);
    assertThat(tier.lastModified()).isEmpty();
  }

  @Test
  void withPropertyAppendsANewProperty() {
    StructuredPropertyValueAssignment team =
        StructuredPropertyValueAssignment.of(OWNER_TEAM, PrimitivePropertyValue.ofString("growth"));

    assertThat(rich().withProperty(team).properties()).extracting(StructuredPropertyValueAssignment::propertyUrn)
        .containsExactly(TIER, RETRAIN, OWNER_TEAM);
    assertThat(rich().withProperty(team).property(OWNER_TEAM)).contains(team);
  }

  @Test
  void withoutPropertyRemovesOnlyThatAssignment() {
    assertThat(rich().withoutProperty(TIER).properties()).extracting(StructuredPropertyValueAssignment::propertyUrn)
        .containsExactly(RETRAIN);
    assertThat(rich().withoutProperty(OWNER_TEAM)).isEqualTo(rich());
  }

  @Test
  void unknownFieldsInAnAssignmentAndAtTheTopSurviveReadAndWrite() {
    StructuredProperties read = AspectCodec.fromJson(StructuredProperties.TYPE, "{\"properties\":[{\"propertyUrn\":"
        + "\"" + TIER + "\",\"values\":[{\"double\":1.10}],\"later\":{\"x\":1.10}}],\"top\":[true]}");

    assertThat(read.unknownFields().json("top")).contains("[true]");
    assertThat(read.properties().get(0).unknownFields().json("later")).contains("{\"x\":1.10}");
    assertThat(Golden.parse(AspectCodec.toJson(read))).isEqualTo(Golden.parse("{\"properties\":[{\"propertyUrn\":"
        + "\"" + TIER + "\",\"values\":[{\"double\":1.1}],\"later\":{\"x\":1.10}}],\"top\":[true]}"));
  }

  @Test
  void withPropertyKeepsTheUnknownFieldsOfTheAssignmentItReplaces() {
    StructuredProperties read = AspectCodec.fromJson(StructuredProperties.TYPE, "{\"properties\":[{\"propertyUrn\":"
        + "\"" + TIER + "\",\"values\":[{\"string\":\"gold\"}],\"later\":1}]}");

    String written = AspectCodec.toJson(read.withProperty(
        StructuredPropertyValueAssignment.of(TIER, PrimitivePropertyValue.ofString("silver"))));

    assertThat(written).isEqualTo("{\"properties\":[{\"propertyUrn\":\"" + TIER
        + "\",\"values\":[{\"string\":\"silver\"}],\"later\":1}]}");
  }

  @Test
  void theTypeNamesItsRecordEntitiesAndNoRelationship() {
    assertThat(StructuredProperties.TYPE.pegasusClass()).isEqualTo("com.linkedin.structured.StructuredProperties");
    assertThat(StructuredProperties.TYPE.entityTypes()).containsExactlyInAnyOrder(EntityTypes.ML_MODEL,
        EntityTypes.ML_MODEL_GROUP, EntityTypes.CONTAINER, EntityTypes.DATASET, EntityTypes.DATA_JOB,
        EntityTypes.DATA_FLOW);
    assertThat(StructuredProperties.TYPE.relationships()).isEmpty();
  }

  private static String assignmentWithValues(String values) {
    return "{\"properties\":[{\"propertyUrn\":\"" + TIER + "\",\"values\":[" + values + "]}]}";
  }

  private static StructuredProperties rich() {
    return StructuredProperties.builder()
        .addProperty(StructuredPropertyValueAssignment.builder()
            .propertyUrn(TIER)
            .addValue(PrimitivePropertyValue.ofString("gold"))
            .created(AuditStamp.of(1700000000000L, CorpUserUrn.of("jdoe")))
            .lastModified(AuditStamp.builder().time(1700000500000L).actor(CorpUserUrn.of("jdoe"))
                .impersonator(CorpUserUrn.of("svc")).message("promoted").build())
            .attribution(SYNC)
            .build())
        .addProperty(StructuredPropertyValueAssignment.of(RETRAIN, PrimitivePropertyValue.ofDouble(3.0),
            PrimitivePropertyValue.of(7.5)))
        .build();
  }
}
