package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreLifecycleTest {
  @TempDir
  Path dir;

  @Test
  void aSecondOpenOfTheDirectoryFailsNamingIt() {
    try (LocalStore first = LocalStore.open(dir)) {
      assertThat(first.directory()).exists();
      assertThatThrownBy(() -> LocalStore.open(dir))
          .isInstanceOf(DataHubException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("locked by another process")
          .hasMessageContaining("in this JVM");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aDirectoryHeldByAnotherProcessIsRefusedNamingIt() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("open ")) {
        // skip what the JVM prints first
      }
      assertThat(line).as("the holder process opened the store").startsWith("open ");

      assertThatThrownBy(() -> LocalStore.open(dir))
          .isInstanceOf(DataHubException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString())
          .hasMessageContaining("locked by another process")
          .hasMessageContaining("only one process at a time");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    LocalStore.open(dir).close();
  }

  @Test
  void theDirectoryCanBeOpenedAgainAfterClose() {
    LocalStore.open(dir).close();

    try (LocalStore again = LocalStore.open(dir)) {
      assertThat(again.directory()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }

  @Test
  void aFileIsNotAStoreDirectory() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("plain.txt"), "x");

    assertThatThrownBy(() -> LocalStore.open(file))
        .isInstanceOf(DataHubException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void aFileWhereADirectoryOfThePathShouldBeIsNamedInTheMessage() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("plain.txt"), "x");
    Path store = file.resolve("store");

    assertThatThrownBy(() -> LocalStore.open(store))
        .isInstanceOf(DataHubException.class)
        .hasMessage("cannot open local store " + store.toAbsolutePath() + ": not a directory: " + file.toAbsolutePath()
            + " is a file");
  }

  @Test
  void aReadOnlyDirectorySaysPermissionDeniedInTheMessage() throws Exception {
    Path readOnly = java.nio.file.Files.createDirectory(dir.resolve("read-only"));
    Assumptions.assumeTrue(readOnly.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
    java.nio.file.Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      boolean enforced;
      try {
        java.nio.file.Files.delete(java.nio.file.Files.createFile(readOnly.resolve("probe")));
        enforced = false;
      } catch (java.nio.file.AccessDeniedException e) {
        enforced = true;
      }
      Assumptions.assumeTrue(enforced, "permissions are not enforced for this user (root?)");

      assertThatThrownBy(() -> LocalStore.open(readOnly))
          .isInstanceOf(DataHubException.class)
          .hasMessage("cannot open local store " + readOnly.toAbsolutePath() + ": permission denied: "
              + readOnly.toAbsolutePath().resolve("store.lock") + " (the store needs a directory this user can "
              + "write to)");
    } finally {
      java.nio.file.Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void closeIsIdempotent() {
    LocalStore store = LocalStore.open(dir);

    store.close();
    store.close();
  }

  @Test
  void everyMethodThrowsAfterClose() {
    LocalStore store = LocalStore.open(dir);
    store.close();
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(MODEL, Status.of(false));

    assertThatThrownBy(() -> store.emit(mcp)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> store.emitAsync(mcp)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.emitAll(List.of(mcp))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(store::flush).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.getAspect(MODEL, Status.TYPE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.getEntity(MODEL)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.exists(MODEL)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.relationships(MODEL, Set.of("Consumes"),
        io.mlmeta.read.RelationshipDirection.OUTGOING)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.export(dir.resolve("x.json"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emitAsyncCompletesWithTheResult() {
    try (LocalStore store = LocalStore.open(dir)) {
      assertThat(store.emitAsync(MetadataChangeProposal.upsert(MODEL, Status.of(false))))
          .isCompletedWithValueMatching(io.mlmeta.emit.EmitResult::isAcknowledged);
    }
  }

  @Test
  void emitAsyncFailsItsFutureOnAFailedPrecondition() {
    try (LocalStore store = LocalStore.open(dir)) {
      MetadataChangeProposal createOnly = MetadataChangeProposal.upsert(MODEL, Status.of(false))
          .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "7");

      assertThat(store.emitAsync(createOnly)).isCompletedExceptionally();
    }
  }

  @Test
  void theStoreWritesOnlyItsOwnTwoFiles() throws Exception {
    try (LocalStore store = LocalStore.open(dir)) {
      store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    }

    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("store.log", "store.lock");
    }
  }
}
