package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.BOB;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.OTHER_MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreDurabilityTest {
  private static final int MAGIC = 8;

  @TempDir
  Path dir;
  Path log;
  long afterTwoWrites;

  @BeforeEach
  void writeThreeRecords() throws IOException {
    log = dir.resolve("store.log");
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
      store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));
      afterTwoWrites = Files.size(log);
      store.emit(MetadataChangeProposal.upsert(OTHER_MODEL, ownedBy(BOB)));
    }
  }

  @Test
  void aTornLastRecordIsCutAwayWithAWarning() throws IOException {
    long size = Files.size(log);
    truncate(afterTwoWrites + (size - afterTwoWrites) / 2);

    try (LogCapture logs = LogCapture.of("io.mlmeta.internal.local.LogScanner");
        LocalStore store = LocalStore.open(dir)) {
      assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(false));
      assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
      assertThat(store.exists(OTHER_MODEL)).isFalse();
      assertThat(logs.messages(Level.WARNING)).singleElement().asString()
          .contains("offset " + afterTwoWrites).contains("torn");
    }
    assertThat(Files.size(log)).isEqualTo(afterTwoWrites);
  }

  @Test
  void aRecordCutInItsHeaderIsTornToo() throws IOException {
    truncate(afterTwoWrites + 3);

    assertOnlyTheFirstTwoWritesRemain();
  }

  @Test
  void aLastRecordFailingItsChecksumIsTorn() throws IOException {
    flipByte(Files.size(log) - 2);

    assertOnlyTheFirstTwoWritesRemain();
  }

  @Test
  void writesAfterRecoveryLandAfterTheCut() throws IOException {
    truncate(Files.size(log) - 1);
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(OTHER_MODEL, ownedBy(ALICE)));
    }

    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(store.getAspect(OTHER_MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
      assertThat(store.getVersionedAspect(OTHER_MODEL, Ownership.TYPE).orElseThrow().version()).contains("1");
    }
  }

  @Test
  void damageBeforeTheLastRecordRefusesToOpen() throws IOException {
    flipByte(MAGIC + 20);

    assertThatThrownBy(() -> LocalStore.open(dir))
        .isInstanceOf(DataHubException.class)
        .hasMessageContaining("damaged at offset " + MAGIC)
        .hasMessageContaining("store.log");
  }

  @Test
  void damageRefusesToOpenWithoutHoldingTheLock() throws IOException {
    flipByte(MAGIC + 20);
    assertThatThrownBy(() -> LocalStore.open(dir)).isInstanceOf(DataHubException.class);

    Files.write(log, new byte[0]);
    LocalStore.open(dir).close();
  }

  @Test
  void compactionKeepsTheStateAndItsVersionsInASmallerLog() throws IOException {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(BOB)));
      store.emit(MetadataChangeProposal.delete(MODEL, "status"));
      long before = Files.size(log);

      store.compact();

      assertThat(Files.size(log)).isLessThan(before);
      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));
    }

    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(store.getVersionedAspect(MODEL, Ownership.TYPE).orElseThrow().version()).contains("2");
      assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(BOB));
      assertThat(store.getVersionedAspect(MODEL, Status.TYPE).orElseThrow().version()).contains("1");
      assertThat(store.getAspect(OTHER_MODEL, Ownership.TYPE)).contains(ownedBy(BOB));
    }
    assertThat(Files.exists(dir.resolve("store.log.compact"))).isFalse();
  }

  @Test
  void aCompactionLeftHalfDoneByACrashIsDiscarded() throws IOException {
    Files.writeString(dir.resolve("store.log.compact"), "half");

    assertAllThreeWritesRemain();
    assertThat(Files.exists(dir.resolve("store.log.compact"))).isFalse();
  }

  @Test
  void aFileThatIsNotAStoreLogIsRefused() throws IOException {
    Files.writeString(log, "[{\"not\": \"a log\"}]");

    assertThatThrownBy(() -> LocalStore.open(dir))
        .isInstanceOf(DataHubException.class)
        .hasMessageContaining("not an mlmeta local store log");
  }

  private void assertAllThreeWritesRemain() {
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
      assertThat(store.getAspect(OTHER_MODEL, Ownership.TYPE)).contains(ownedBy(BOB));
    }
  }

  private void assertOnlyTheFirstTwoWritesRemain() {
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(false));
      assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE));
      assertThat(store.exists(OTHER_MODEL)).isFalse();
    }
  }

  private void truncate(long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
      file.setLength(size);
    }
  }

  private void flipByte(long at) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
      file.seek(at);
      int b = file.read();
      file.seek(at);
      file.write(b ^ 0x55);
    }
  }
}
