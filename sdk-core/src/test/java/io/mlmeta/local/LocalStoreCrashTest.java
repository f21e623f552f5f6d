package io.mlmeta.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Status;
import io.mlmeta.urn.DatasetUrn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process with four threads writing at once is killed with SIGKILL ({@code destroyForcibly}) mid-stream;
 * the store reopens and holds every write the process had printed as acknowledged. Repeated on the same directory,
 * so that each round also replays the logs (and torn tails) of the rounds before.
 */
class LocalStoreCrashTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesAKillDashNine() throws Exception {
    killRounds(1, 200);
  }

  @Test
  @Tag("full")
  @Timeout(value = 1200, unit = TimeUnit.SECONDS)
  void everyAcknowledgedWriteSurvivesTenKills() throws Exception {
    killRounds(10, 2_000);
  }

  private void killRounds(int rounds, int acksBeforeKill) throws Exception {
    Path store = dir.resolve("store");
    List<String> acknowledged = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> acks = writeUntilKilled(store, "round" + round, acksBeforeKill);
      assertThat(acks).hasSizeGreaterThanOrEqualTo(acksBeforeKill);
      acknowledged.addAll(acks);
      try (LocalStore reopened = LocalStore.open(store)) {
        List<String> missing = new ArrayList<>();
        for (String ack : acknowledged) {
          String[] parts = ack.split(" ");
          DatasetUrn urn = DatasetUrn.parse(parts[1]);
          AspectType<?> type = parts[2].equals(Status.TYPE.name()) ? Status.TYPE : GlobalTags.TYPE;
          if (reopened.getAspect(urn, type).isEmpty()) {
            missing.add(ack);
          }
        }
        assertThat(missing).as("acknowledged before kill " + (round + 1) + " but not in the store").isEmpty();
      }
      System.out.printf("RELIABILITY kill -9 round %d: %d acknowledged so far, all present after reopening%n",
          round + 1, acknowledged.size());
    }
  }

  /** Starts a writer process, kills it once it has acknowledged {@code acks} writes, returns every ack it printed. */
  private static List<String> writeUntilKilled(Path store, String prefix, int acks) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process writer = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        CrashingWriter.class.getName(), store.toString(), prefix)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> printed = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ack ")) {
          printed.add(line);
          if (printed.size() == acks) {
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of its stdout,
            // losing the acknowledgements printed but not yet read.
            writer.toHandle().destroyForcibly();
          }
        }
      }
    } finally {
      writer.destroyForcibly();
      writer.waitFor(30, TimeUnit.SECONDS);
    }
    return printed;
  }
}
