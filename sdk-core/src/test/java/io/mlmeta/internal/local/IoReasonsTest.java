package io.mlmeta.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reasons of failed file operations, in the message rather than only in the exception's class. */
class IoReasonsTest {
  private static final Path DIR = Path.of("/data/store");

  @Test
  void accessDeniedIsPermissionDeniedWithTheFile() {
    assertThat(IoReasons.describe(DIR, new AccessDeniedException("/data/store/store.lock")))
        .isEqualTo("permission denied: /data/store/store.lock (the store needs a directory this user can write to)");
  }

  @Test
  void aFileSystemReasonIsKeptAsTheSystemSaysItWithTheFile() {
    assertThat(IoReasons.describe(DIR, new FileSystemException("/data/store/store.log", null,
        "No space left on device"))).isEqualTo("No space left on device: /data/store/store.log");
    assertThat(IoReasons.describe(DIR, new FileSystemException("/data/store/store.lock", null, "Is a directory")))
        .isEqualTo("Is a directory: /data/store/store.lock");
  }

  @Test
  void aPlainIoExceptionIsItsMessage() {
    assertThat(IoReasons.describe(DIR, new IOException("No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(IoReasons.describe(DIR, new IOException())).isEqualTo("IOException");
  }
}
