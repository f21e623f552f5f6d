package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.OTHER_MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.TagUrn;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalStore#emitAtomically}: a unit is written whole, in one log record, or not at all; and the store's own
 * size limits refuse a value before anything is written.
 */
class LocalStoreAtomicTest extends WithOpenStore {

  private static List<MetadataChangeProposal> modelUnit() {
    return List.of(MetadataChangeProposal.upsert(MODEL, Status.of(false)),
        MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)),
        MetadataChangeProposal.upsert(MODEL, GlobalTags.of(TagUrn.of("prod"))));
  }

  private Path log() {
    return dir.resolve("store.log");
  }

  @Test
  void aUnitIsWrittenWholeAndReadsBackAfterReopening() {
    assertThat(store.emitAtomically(modelUnit())).hasSize(3).allMatch(r -> r.isAcknowledged());
    reopen();

    assertThat(store.getEntity(MODEL).orElseThrow().aspects()).containsOnlyKeys("status", "ownership",
        "globalTags");
  }

  @Test
  void oneFailedPreconditionLeavesNoneOfTheUnitWritten() throws IOException {
    long before = Files.size(log());
    List<MetadataChangeProposal> unit = List.of(MetadataChangeProposal.upsert(MODEL, Status.of(false)),
        MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)).withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "4"));

    assertThatThrownBy(() -> store.emitAtomically(unit))
        .isInstanceOf(DataHubConflictException.class)
        .hasMessageContaining(MODEL + ", aspect ownership")
        .hasMessageContaining("Expected version 4, actual version -1");
    assertThat(store.exists(MODEL)).isFalse();
    assertThat(Files.size(log())).isEqualTo(before);
  }

  @Test
  void laterProposalsOfAUnitSeeTheEarlierOnes() {
    store.emitAtomically(List.of(
        MetadataChangeProposal.builder().entityUrn(MODEL).changeType(ChangeType.CREATE_ENTITY)
            .aspect(Status.of(false)).build(),
        MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)).withHeader(MetadataChangeProposal.IF_VERSION_MATCH,
            "-1")));

    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
    assertThatThrownBy(() -> store.emitAtomically(List.of(MetadataChangeProposal.builder().entityUrn(MODEL)
        .changeType(ChangeType.CREATE_ENTITY).aspect(Status.of(true)).build())))
        .isInstanceOf(DataHubConflictException.class);
  }

  @Test
  void aUnitTornByACrashLeavesNoneOfItAfterReopening() throws IOException {
    store.emit(MetadataChangeProposal.upsert(OTHER_MODEL, Status.of(false)));
    long before = Files.size(log());
    store.emitAtomically(modelUnit());
    long after = Files.size(log());
    store.close();
    try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "rw")) {
      file.setLength(after - 10);
    }

    reopen();
    assertThat(store.exists(MODEL)).as("a torn unit leaves none of its aspects").isFalse();
    assertThat(store.exists(OTHER_MODEL)).isTrue();
    assertThat(Files.size(log())).isEqualTo(before);
  }

  @Test
  void anAspectAboveTheStoresLimitIsRefusedClearlyBeforeAnythingIsWritten() throws IOException {
    long before = Files.size(log());
    String note = "d".repeat(LocalStore.MAX_ASPECT_BYTES + 1);
    List<MetadataChangeProposal> unit = List.of(MetadataChangeProposal.upsert(MODEL, Status.of(false)),
        MetadataChangeProposal.upsert(MODEL, Deprecation.of(note, ALICE)));

    assertThatThrownBy(() -> store.emitAtomically(unit))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining(MODEL + ", aspect deprecation")
        .hasMessageContaining("above the local store's limit of 16000000 bytes per aspect")
        .hasMessageNotContaining("StreamReadConstraints")
        .hasMessageNotContaining("exceeds the maximum");
    assertThat(store.exists(MODEL)).isFalse();
    assertThat(Files.size(log())).isEqualTo(before);
  }

  @Test
  void anAspectJustWithinTheLimitIsWrittenAndReadBack() {
    String text = "{\"text\": \"" + "t".repeat(LocalStore.MAX_ASPECT_BYTES - 20) + "\"}";
    store.emit(MetadataChangeProposal.upsert(MODEL, RawAspect.of("someAspect", text)));
    reopen();

    RawAspect back = (RawAspect) store.getEntity(MODEL).orElseThrow().aspects().get("someAspect").aspect();
    assertThat(back.json().length()).isGreaterThan(LocalStore.MAX_ASPECT_BYTES - 20);
  }

  @Test
  void aNumberBeyondTheParsersLimitIsRefusedWithoutJacksonsWording() {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(MODEL,
        RawAspect.of("someAspect", "{\"n\": " + "9".repeat(1001) + "}"));

    assertThatThrownBy(() -> store.emit(mcp))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining(MODEL + ", aspect someAspect")
        .hasMessageContaining("numbers of at most 1000 digits")
        .hasMessageNotContaining("StreamReadConstraints");
  }
}
