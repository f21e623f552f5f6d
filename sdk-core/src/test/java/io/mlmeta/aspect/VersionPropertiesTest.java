package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionPropertiesTest {
  private static final VersionSetUrn SET = VersionSetUrn.of("churn", "mlModel");

  @Test
  void minimalVersionWritesEmptyAliasesAndTheDefaultScheme() {
    Golden.assertAspect(VersionProperties.of(SET, "1", "0000000001"),
        "golden/aspects/versionProperties-minimal.json");
  }

  @Test
  void richVersionWritesEveryField() {
    VersionProperties version = VersionProperties.builder()
        .versionSet(VersionSetUrn.of("74f69e967c9dd1b4059344e6ea1e038f", "mlModel"))
        .version(VersionTag.builder().versionTag("2")
            .metadataAttribution(MetadataAttribution.builder().time(1700000000000L).actor(CorpUserUrn.of("datahub"))
                .putSourceDetail("run", "0414_simple_training_run").build())
            .build())
        .addAlias(VersionTag.of("champion"))
        .addAlias(VersionTag.of("challenger"))
        .comment("retrained on April data")
        .sortId("AAAAAAAB")
        .versioningScheme(VersioningScheme.ALPHANUMERIC_GENERATED_BY_DATAHUB)
        .sourceCreatedTimestamp(AuditStamp.of(1699990000000L, CorpUserUrn.of("jdoe")))
        .metadataCreatedTimestamp(AuditStamp.of(1700000000000L, AuditStamp.INGESTION_ACTOR))
        .build();

    Golden.assertAspect(version, "golden/aspects/versionProperties-rich.json");
  }

  @Test
  void theServerMaintainedIsLatestFlagIsReadButNeverWritten() {
    VersionProperties read = AspectCodec.fromJson(VersionProperties.TYPE,
        "{\"versionSet\":\"urn:li:versionSet:(churn,mlModel)\",\"version\":{\"versionTag\":\"1\"},"
            + "\"sortId\":\"0000000001\",\"isLatest\":true}");

    assertThat(read.isLatest()).contains(true);
    assertThat(read.toBuilder().isLatest(Optional.empty()).build())
        .isEqualTo(VersionProperties.of(SET, "1", "0000000001"));
    assertThat(AspectCodec.toJson(read)).doesNotContain("isLatest")
        .isEqualTo(AspectCodec.toJson(VersionProperties.of(SET, "1", "0000000001")));
    assertThat(AspectCodec.toJson(read.toBuilder().addAlias(VersionTag.of("champion")).build()))
        .doesNotContain("isLatest");
  }

  @Test
  void aDuplicateAliasIsRefusedNamingIt() {
    assertThatThrownBy(() -> VersionProperties.of(SET, "1", "0000000001").toBuilder()
        .addAliases(VersionTag.of("champion"), VersionTag.of("champion")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VersionProperties.aliases holds 'champion' twice");
  }

  @Test
  void aVersionWithoutLabelIsRefused() {
    assertThatThrownBy(() -> VersionProperties.builder().versionSet(SET).version(VersionTag.builder().build())
        .sortId("1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VersionProperties.version");
  }

  @Test
  void withoutSortIdIsRefusedNamingTheField() {
    assertThatThrownBy(() -> VersionProperties.builder().versionSet(SET).version(VersionTag.of("1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sortId");
  }

  @Test
  void hasAliasMatchesByLabel() {
    VersionProperties version = VersionProperties.of(SET, "1", "1").toBuilder()
        .addAlias(VersionTag.of("champion")).build();

    assertThat(version.hasAlias("champion")).isTrue();
    assertThat(version.hasAlias("challenger")).isFalse();
  }

  @Test
  void theVersionSetIsAVersionOfRelationship() {
    assertThat(VersionProperties.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("versionSet -> VersionOf");
    assertThat(VersionProperties.TYPE.entityTypes())
        .containsExactlyInAnyOrder(EntityTypes.ML_MODEL, EntityTypes.DATASET);
  }
}
