package io.mlmeta.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class MetadataChangeProposalTest {
  private static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @Test
  void entityTypeAndAspectNameComeFromTheUrnAndTheAspect() {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(MODEL, Status.of(true));

    assertThat(mcp.entityType()).isEqualTo("mlModel");
    assertThat(mcp.aspectName()).isEqualTo("status");
    assertThat(mcp.changeType()).isEqualTo(ChangeType.UPSERT);
    assertThat(mcp.headers()).isEmpty();
  }

  @Test
  void anAspectOnTheWrongEntityTypeIsRefusedBeforeSending() {
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("a"), OwnershipType.TECHNICAL_OWNER)).build();

    assertThatThrownBy(() -> MetadataChangeProposal.upsert(DataPlatformUrn.of("mlflow"), ownership))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ownership cannot be attached to a dataPlatform")
        .hasMessageContaining("urn:li:dataPlatform:mlflow");
  }

  @Test
  void aRawAspectMayGoOnAnyEntity() {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(DataPlatformUrn.of("mlflow"),
        RawAspect.of("dataPlatformInfo", "{\"name\":\"mlflow\"}"));

    assertThat(mcp.aspectName()).isEqualTo("dataPlatformInfo");
  }

  @Test
  void upsertWithoutAnAspectIsRefused() {
    assertThatThrownBy(() -> MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.UPSERT)
        .aspectName("status").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UPSERT proposal needs an aspect");
  }

  @Test
  void aMismatchedAspectNameIsRefused() {
    assertThatThrownBy(() -> MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.UPSERT)
        .aspectName("ownership").aspect(Status.of(false)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ownership' does not match the aspect, which is 'status'");
  }

  @Test
  void patchNeedsAPatchAndNoAspect() {
    assertThatThrownBy(() -> MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.PATCH)
        .aspectName("globalTags").build())
        .hasMessageContaining("PATCH proposal needs a patch");
    assertThatThrownBy(() -> MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.PATCH)
        .aspect(Status.of(true)).patch(Patch.builder().remove("/removed").build()).build())
        .hasMessageContaining("carries a patch, not an aspect");
  }

  @Test
  void deleteWithoutAspectNameIsRefused() {
    assertThatThrownBy(() -> MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.DELETE)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspectName is required for a DELETE proposal");
  }

  @Test
  void headersCarryConditionalWrites() {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(MODEL, Status.of(false))
        .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "3");

    assertThat(mcp.headers()).containsEntry("If-Version-Match", "3");
  }

  @Test
  void patchPathsEscapeJsonPointerSegments() {
    assertThat(Patch.path("owners", "urn:li:corpuser:a/b~c", "TECHNICAL_OWNER"))
        .isEqualTo("/owners/urn:li:corpuser:a~1b~0c/TECHNICAL_OWNER");
    assertThat(Patch.path("customProperties", "a/b")).isEqualTo("/customProperties/a~1b");
  }

  @Test
  void patchRefusesAPathWithoutLeadingSlashAndAnEmptyPatch() {
    assertThatThrownBy(() -> Patch.builder().add("tags", "x")).hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> Patch.builder().build()).hasMessageContaining("at least one operation");
  }

  @Test
  void datasetUrnsCarryStatusButNotOnDataPlatforms() {
    assertThat(MetadataChangeProposal.upsert(DatasetUrn.of("s3", "x"), Status.of(false)).entityType())
        .isEqualTo("dataset");
  }
}
