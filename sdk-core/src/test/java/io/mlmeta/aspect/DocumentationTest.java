package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class DocumentationTest {
  private static final String RICH = "golden/aspects/documentation-rich.json";

  @Test
  void minimalIsOneTextWithoutAttribution() {
    Golden.assertAspect(Documentation.of("Predicts churn from 90 days of usage."),
        "golden/aspects/documentation-minimal.json");
  }

  @Test
  void richWritesAttributionAndLastModified() {
    Documentation docs = Documentation.builder()
        .addDocumentation(DocumentationAssociation.builder()
            .documentation("Predicts churn from 90 days of usage.")
            .attribution(MetadataAttribution.builder()
                .time(1700000000000L)
                .actor(CorpUserUrn.of("datahub"))
                .source(Urn.parse("urn:li:dataHubAction:sync"))
                .putSourceDetail("pipeline", "nightly")
                .build())
            .build())
        .addDocumentation(DocumentationAssociation.of("Owned by the growth team."))
        .lastModified(AuditStamp.of(1700000500000L, CorpUserUrn.of("jdoe")))
        .build();

    Golden.assertAspect(docs, RICH);
  }

  @Test
  void theRichFixtureReadAndWrittenBackIsUnchanged() {
    Documentation read = AspectCodec.fromJson(Documentation.TYPE, Golden.resource(RICH));

    assertThat(Golden.parse(AspectCodec.toJson(read))).isEqualTo(Golden.json(RICH));
  }

  @Test
  void anEmptyTextIsKeptButAMissingOneIsRefused() {
    assertThat(AspectCodec.toJson(Documentation.of(""))).isEqualTo("{\"documentations\":[{\"documentation\":\"\"}]}");
    assertThatThrownBy(() -> DocumentationAssociation.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("documentation");
    assertThatThrownBy(() -> AspectCodec.fromJson(Documentation.TYPE, "{\"documentations\":[{}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documentation");
  }

  @Test
  void unknownFieldsInAnAssociationAndAtTheTopSurviveReadAndWrite() {
    String json = "{\"documentations\":[{\"documentation\":\"d\",\"later\":2}],\"top\":{}}";

    assertThat(AspectCodec.toJson(AspectCodec.fromJson(Documentation.TYPE, json))).isEqualTo(json);
  }

  @Test
  void theTypeNamesItsRecordAndHasNoRelationship() {
    assertThat(Documentation.TYPE.pegasusClass()).isEqualTo("com.linkedin.common.Documentation");
    assertThat(Documentation.TYPE.relationships()).isEmpty();
    assertThat(Documentation.TYPE.entityTypes()).isEqualTo(StructuredProperties.TYPE.entityTypes());
  }
}
