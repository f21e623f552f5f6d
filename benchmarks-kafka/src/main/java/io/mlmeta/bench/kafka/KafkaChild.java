package io.mlmeta.bench.kafka;

import io.mlmeta.bench.child.MemoryWatch;
import io.mlmeta.bench.ours.OurMcps;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.kafka.KafkaEmitter;
import io.mlmeta.kafka.KafkaEmitterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One measured run in a fresh JVM: {@code rest <sinkUrl> <n> <warmup>} or
 * {@code kafka <bootstrap> <registryUrl> <topic> <n> <warmup>}. Fires {@code n} asynchronous emits of the benchmark
 * proposals, waits for all, and prints {@code RESULT seconds=.. acked=.. failed=.. sent=.. rssKib=..}; the warm-up,
 * if any ({@code warmup} proposals at a time, for at least 5 s), runs first in the same mode.
 */
public final class KafkaChild {
  private KafkaChild() {}

  /** Runs one child. */
  public static void main(String[] args) {
    boolean kafka = args[0].equals("kafka");
    int n = Integer.parseInt(args[kafka ? 4 : 2]);
    int warmup = Integer.parseInt(args[kafka ? 5 : 3]);
    try (Emitter emitter = kafka ? KafkaEmitter.create(KafkaEmitterConfig.builder().bootstrapServers(args[1])
        .schemaRegistryUrl(args[2]).topic(args[3]).build())
        : RestEmitter.create(ConnectionConfig.builder().server(args[1]).build())) {
      // The warm-up: rounds of `warmup` proposals for at least 5 s (the JIT compiles both emit paths meanwhile).
      long sent = 0;
      long warmStart = System.nanoTime();
      while (warmup > 0 && (sent == 0 || System.nanoTime() - warmStart < 5_000_000_000L)) {
        fire(emitter, (int) sent, warmup);
        sent += warmup;
      }
      long t0 = System.nanoTime();
      long[] counts = fire(emitter, (int) sent, n);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.println("RESULT seconds=" + seconds + " acked=" + counts[0] + " failed=" + counts[1] + " sent="
          + (sent + n) + " rssKib=" + MemoryWatch.vmHwmKib());
    }
  }

  /** Emits proposals {@code from} .. {@code from + n - 1} asynchronously, then waits; acked and failed counts. */
  private static long[] fire(Emitter emitter, int from, int n) {
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>(n);
    for (int i = from; i < from + n; i++) {
      futures.add(emitter.emitAsync(OurMcps.mcp(i)));
    }
    long[] counts = new long[2];
    for (CompletableFuture<EmitResult> f : futures) {
      counts[f.handle((r, e) -> e == null && r.isAcknowledged()).join() ? 0 : 1]++;
    }
    return counts;
  }
}
