package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class GlobalTagsTest {
  @Test
  void minimalTagsAreBareAssociations() {
    Golden.assertAspect(GlobalTags.of(TagUrn.of("forecasting")), "golden/aspects/globalTags-minimal.json");
  }

  @Test
  void richTagsWriteContextAndAttribution() {
    GlobalTags tags = GlobalTags.builder()
        .addTag(TagAssociation.builder()
            .tag(TagUrn.of("forecasting"))
            .context("set by the nightly sync")
            .attribution(MetadataAttribution.builder()
                .time(1700000000000L)
                .actor(CorpUserUrn.of("datahub"))
                .source(Urn.parse("urn:li:dataHubAction:sync"))
                .putSourceDetail("pipeline", "nightly")
                .build())
            .build())
        .addTag(TagAssociation.of(TagUrn.of("arima")))
        .build();

    Golden.assertAspect(tags, "golden/aspects/globalTags-rich.json");
  }

  @Test
  void noTagsIsAnEmptyArray() {
    assertThat(Golden.parse(AspectCodec.toJson(GlobalTags.of())))
        .isEqualTo(Golden.parse("{\"tags\":[]}"));
  }

  @Test
  void hasTagMatchesByUrn() {
    GlobalTags tags = GlobalTags.of(TagUrn.of("a"));

    assertThat(tags.hasTag(TagUrn.of("a"))).isTrue();
    assertThat(tags.hasTag(TagUrn.of("b"))).isFalse();
  }

  @Test
  void eachTagIsATaggedWithRelationship() {
    assertThat(GlobalTags.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("tags/*/tag -> TaggedWith");
  }
}
