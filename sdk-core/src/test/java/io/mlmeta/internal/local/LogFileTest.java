package io.mlmeta.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {
  @TempDir
  Path dir;

  private Path written(String... payloads) throws IOException {
    Path path = dir.resolve("test.log");
    try (LogFile log = LogFile.open(path)) {
      log.replay(p -> { });
      List<byte[]> all = new ArrayList<>();
      for (String payload : payloads) {
        all.add(payload.getBytes(StandardCharsets.UTF_8));
      }
      log.append(all);
    }
    return path;
  }

  private static List<String> replay(Path path) throws IOException {
    List<String> out = new ArrayList<>();
    try (LogFile log = LogFile.open(path)) {
      log.replay(p -> out.add(new String(p, StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void appendedPayloadsReplayInOrder() throws IOException {
    assertThat(replay(written("one", "two", "three"))).containsExactly("one", "two", "three");
  }

  @Test
  void aZeroFilledTailIsTorn() throws IOException {
    Path path = written("one");
    Files.write(path, new byte[64], StandardOpenOption.APPEND);

    assertThat(replay(path)).containsExactly("one");
    assertThat(Files.size(path)).isEqualTo(8 + 8 + 3);
  }

  @Test
  void aLengthOutOfRangeBeforeTheEndIsDamage() throws IOException {
    Path path = written("one", "two");
    byte[] bytes = Files.readAllBytes(path);
    bytes[8] = (byte) 0xff;
    Files.write(path, bytes);

    assertThatThrownBy(() -> replay(path)).isInstanceOf(IOException.class).hasMessageContaining("damaged at offset 8");
  }

  @Test
  void aLogCutInsideItsMagicStartsAgain() throws IOException {
    Path path = dir.resolve("new.log");
    Files.write(path, "MLM".getBytes(StandardCharsets.US_ASCII));

    assertThat(replay(path)).isEmpty();
    assertThat(Files.size(path)).isEqualTo(8);
  }
}
