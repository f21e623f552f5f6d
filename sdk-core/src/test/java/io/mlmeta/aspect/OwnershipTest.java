package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpGroupUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class OwnershipTest {
  @Test
  void minimalOwnershipCarriesDataHubsDefaultLastModified() {
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("mlops_team"), OwnershipType.TECHNICAL_OWNER))
        .build();

    Golden.assertAspect(ownership, "golden/aspects/ownership-minimal.json");
  }

  @Test
  void richOwnershipWritesCustomTypeSourceAndAttribution() {
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.builder()
            .owner(CorpGroupUrn.of("ml-platform"))
            .type(OwnershipType.CUSTOM)
            .typeUrn(Urn.parse("urn:li:ownershipType:model_steward"))
            .source(OwnershipSource.builder()
                .type(OwnershipSourceType.SERVICE)
                .url("https://mlflow.example.com")
                .build())
            .attribution(MetadataAttribution.builder()
                .time(1700000000000L)
                .actor(CorpUserUrn.of("datahub"))
                .source(Urn.parse("urn:li:dataHubAction:sync"))
                .putSourceDetail("pipeline", "nightly")
                .build())
            .build())
        .addOwner(Owner.of(CorpUserUrn.of("jdoe"), OwnershipType.BUSINESS_OWNER))
        .lastModified(AuditStamp.builder().time(1700000500000L).actor(CorpUserUrn.of("jdoe"))
            .impersonator(CorpUserUrn.of("svc")).message("handover").build())
        .build();

    Golden.assertAspect(ownership, "golden/aspects/ownership-rich.json");
  }

  @Test
  void ownerWithoutTypeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Owner.builder().owner(CorpUserUrn.of("a")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type");
  }

  @Test
  void ownerMustBeAUserOrGroup() {
    assertThatThrownBy(() -> Owner.of(Urn.parse("urn:li:tag:x"), OwnershipType.TECHNICAL_OWNER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Owner.owner")
        .hasMessageContaining("urn:li:tag:x");
  }

  @Test
  void hasOwnerMatchesByUrnWhateverTheType() {
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("a"), OwnershipType.DATA_STEWARD)).build();

    assertThat(ownership.hasOwner(CorpUserUrn.of("a"))).isTrue();
    assertThat(ownership.hasOwner(CorpUserUrn.of("b"))).isFalse();
  }
}
