package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import org.junit.jupiter.api.Test;

class InstitutionalMemoryTest {
  @Test
  void minimalLinkHasUrlDescriptionAndCreateStamp() {
    InstitutionalMemory links = InstitutionalMemory.of(InstitutionalMemoryMetadata.of(
        "https://wiki.example.com/churn", "Model card", AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR)));

    Golden.assertAspect(links, "golden/aspects/institutionalMemory-minimal.json");
  }

  @Test
  void richLinksWriteUpdateStampAndSettings() {
    AuditStamp created = AuditStamp.of(1700000000000L, CorpUserUrn.of("jdoe"));
    InstitutionalMemory links = InstitutionalMemory.of(
        InstitutionalMemoryMetadata.of("https://wiki.example.com/churn", "Model card", created).toBuilder()
            .updateStamp(AuditStamp.builder().time(1700000500000L).actor(CorpUserUrn.of("asmith"))
                .message("moved page").build())
            .settings(InstitutionalMemoryMetadataSettings.of(true))
            .build(),
        InstitutionalMemoryMetadata.of("https://grafana.example.com/d/churn", "Serving dashboard", created)
            .toBuilder().settings(InstitutionalMemoryMetadataSettings.builder().build()).build());

    Golden.assertAspect(links, "golden/aspects/institutionalMemory-rich.json");
  }

  @Test
  void settingsDefaultToNoPreview() {
    assertThat(InstitutionalMemoryMetadataSettings.builder().build().showInAssetPreview()).isFalse();
  }

  @Test
  void anEmptyUrlIsRefused() {
    assertThatThrownBy(() -> InstitutionalMemoryMetadata.of("", "x", AuditStamp.of(0L, AuditStamp.UNKNOWN_ACTOR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InstitutionalMemoryMetadata.url must not be empty but was ''");
  }

  @Test
  void aLinkWithoutCreateStampIsRefusedNamingTheField() {
    assertThatThrownBy(() -> InstitutionalMemoryMetadata.builder().url("https://x").description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("createStamp");
  }
}
