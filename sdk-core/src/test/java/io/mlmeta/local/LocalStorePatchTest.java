package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.BOB;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.urn.TagUrn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStorePatchTest extends WithOpenStore {
  private static final RawAspect TAGS = RawAspect.of("globalTags", "{}");

  private void patch(String aspectName, Patch patch) {
    store.emit(MetadataChangeProposal.patch(MODEL, aspectName, patch));
  }

  private JsonNode json(String aspectName) throws Exception {
    RawAspect raw = store.getAspect(MODEL, RawAspect.of(aspectName, "{}").aspectType()).orElseThrow();
    return WireJson.MAPPER.readTree(raw.json());
  }

  @Test
  void ownershipPatchAddsAnOwnerByKeyAndKeepsTheOthers() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    patch("ownership", Patch.builder().add(Patch.path("owners", BOB.toString(), "TECHNICAL_OWNER"),
        Owner.of(BOB, OwnershipType.TECHNICAL_OWNER)).build());

    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE, BOB));
  }

  @Test
  void ownershipPatchAddingTheSameKeyTwiceKeepsOneElement() {
    Patch addBob = Patch.builder().add(Patch.path("owners", BOB.toString(), "TECHNICAL_OWNER"),
        Owner.of(BOB, OwnershipType.TECHNICAL_OWNER)).build();

    patch("ownership", addBob);
    patch("ownership", addBob);

    assertThat(store.getAspect(MODEL, Ownership.TYPE).orElseThrow().owners()).hasSize(1);
  }

  @Test
  void ownershipPatchRemovingAnOwnerRemovesEveryTypeOfIt() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Ownership.builder()
        .addOwner(Owner.of(ALICE, OwnershipType.TECHNICAL_OWNER))
        .addOwner(Owner.of(ALICE, OwnershipType.BUSINESS_OWNER))
        .addOwner(Owner.of(BOB, OwnershipType.TECHNICAL_OWNER))
        .build()));

    patch("ownership", Patch.builder().remove(Patch.path("owners", ALICE.toString())).build());

    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(BOB));
  }

  @Test
  void ownershipPatchRemovingOneTypeKeepsTheOtherTypes() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Ownership.builder()
        .addOwner(Owner.of(ALICE, OwnershipType.TECHNICAL_OWNER))
        .addOwner(Owner.of(ALICE, OwnershipType.BUSINESS_OWNER))
        .build()));

    patch("ownership", Patch.builder().remove(Patch.path("owners", ALICE.toString(), "TECHNICAL_OWNER")).build());

    assertThat(store.getAspect(MODEL, Ownership.TYPE).orElseThrow().owners())
        .containsExactly(Owner.of(ALICE, OwnershipType.BUSINESS_OWNER));
  }

  @Test
  void globalTagsPatchAddsAndRemovesByTagKey() throws Exception {
    store.emit(MetadataChangeProposal.upsert(MODEL, RawAspect.of("globalTags",
        "{\"tags\":[{\"tag\":\"urn:li:tag:a\"},{\"tag\":\"urn:li:tag:b\"}]}")));
    TagUrn prod = TagUrn.of("prod/eu");

    patch("globalTags", Patch.builder()
        .add(Patch.path("tags", prod.toString()), Map.of("tag", prod.toString()))
        .remove(Patch.path("tags", "urn:li:tag:a"))
        .build());

    assertThat(json("globalTags")).isEqualTo(WireJson.MAPPER.readTree(
        "{\"tags\":[{\"tag\":\"urn:li:tag:b\"},{\"tag\":\"" + prod + "\"}]}"));
  }

  @Test
  void patchOnAnAbsentAspectStartsFromAnEmptyOne() throws Exception {
    patch("globalTags", Patch.builder().add(Patch.path("tags", "urn:li:tag:x"), Map.of("tag", "urn:li:tag:x"))
        .build());

    assertThat(json("globalTags")).isEqualTo(WireJson.MAPPER.readTree("{\"tags\":[{\"tag\":\"urn:li:tag:x\"}]}"));
  }

  @Test
  void customPropertiesPatchAddsAMapEntryOnARawAspect() throws Exception {
    store.emit(MetadataChangeProposal.upsert(MODEL, RawAspect.of("mlModelProperties",
        "{\"name\":\"churn\",\"customProperties\":{\"a\":\"1\"}}")));

    patch("mlModelProperties", Patch.builder()
        .add(Patch.path("customProperties", "team/owner~x"), "ml")
        .remove(Patch.path("customProperties", "a"))
        .build());

    assertThat(json("mlModelProperties")).isEqualTo(WireJson.MAPPER.readTree(
        "{\"name\":\"churn\",\"customProperties\":{\"team/owner~x\":\"ml\"}}"));
  }

  @Test
  void dashAppendsToAnArray() throws Exception {
    patch("mlModelProperties", Patch.builder()
        .add("/trainingMetrics/-", Map.of("name", "auc", "value", "0.9"))
        .add("/trainingMetrics/-", Map.of("name", "f1", "value", "0.8"))
        .build());

    assertThat(json("mlModelProperties").path("trainingMetrics")).hasSize(2);
  }

  @Test
  void eachPatchIsAVersion() {
    patch("globalTags", Patch.builder().add(Patch.path("tags", "urn:li:tag:x"), Map.of("tag", "urn:li:tag:x"))
        .build());
    patch("globalTags", Patch.builder().remove(Patch.path("tags", "urn:li:tag:x")).build());

    assertThat(store.getVersionedAspect(MODEL, TAGS.aspectType()).orElseThrow().version()).contains("2");
  }

  @Test
  void aPatchWithAStaleVersionIsRefused() {
    patch("globalTags", Patch.builder().add(Patch.path("tags", "urn:li:tag:x"), Map.of("tag", "urn:li:tag:x"))
        .build());

    assertThatThrownBy(() -> store.emit(MetadataChangeProposal.patch(MODEL, "globalTags",
        Patch.builder().remove(Patch.path("tags", "urn:li:tag:x")).build())
        .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "-1")))
        .isInstanceOf(DataHubConflictException.class)
        .hasMessageContaining("Expected version -1, actual version 1");
  }

  @Test
  void aPatchWhoseResultDoesNotFitTheAspectIsRefused() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    assertThatThrownBy(() -> patch("ownership", Patch.builder()
        .add(Patch.path("owners", BOB.toString(), "DATA_STEWARD"), Map.of("owner", "not-a-urn", "type", "DATA_STEWARD"))
        .build()))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("ownership");
    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
  }

  @Test
  void aSymbolOfANewerDataHubIsKeptAndReadAsUnrecognized() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    patch("ownership", Patch.builder()
        .add(Patch.path("owners", BOB.toString(), "NEWER_TYPE"), Map.of("owner", BOB.toString(), "type", "NEWER_TYPE"))
        .build());

    Ownership read = store.getAspect(MODEL, Ownership.TYPE).orElseThrow();
    assertThat(read.owners()).extracting(Owner::type).containsExactly(OwnershipType.TECHNICAL_OWNER,
        OwnershipType.UNRECOGNIZED);
    assertThat(AspectCodec.toJson(read)).contains("\"type\":\"NEWER_TYPE\"");
  }

  @Test
  void replacingWhatIsNotThereIsRefused() {
    assertThatThrownBy(() -> patch("globalTags", Patch.builder().replace("/nothing", "x").build()))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("replace /nothing");
  }
}
