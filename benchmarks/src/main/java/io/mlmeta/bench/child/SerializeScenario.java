package io.mlmeta.bench.child;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Build + serialize only, no HTTP: {@link Sdk#buildAndSerialize} in a loop on one thread. A warm-up of at least
 * 100,000 operations and 5 s (at most 30 s), then 7 rounds of N operations; per round the process CPU time (GC and
 * JIT threads included), this thread's CPU time and the wall time per operation; the medians are reported.
 */
final class SerializeScenario {
  private static final int ROUNDS = 7;
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static long blackhole;

  private SerializeScenario() {}

  static void run(RunContext c) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmStart = System.nanoTime();
    int i = 0;
    while (i < 100_000 || System.nanoTime() - warmStart < 5_000_000_000L) {
      blackhole += c.sdk.buildAndSerialize(i++);
      if (System.nanoTime() - warmStart > 30_000_000_000L) {
        break;
      }
    }
    double[] process = new double[ROUNDS];
    double[] thread = new double[ROUNDS];
    double[] wall = new double[ROUNDS];
    long bytes = 0;
    c.startClock();
    for (int r = 0; r < ROUNDS; r++) {
      long p0 = OS.getProcessCpuTime();
      long t0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      for (int k = 0; k < c.n; k++) {
        bytes += c.sdk.buildAndSerialize(i++);
      }
      wall[r] = (System.nanoTime() - w0) / 1e3 / c.n;
      thread[r] = (threads.getCurrentThreadCpuTime() - t0) / 1e3 / c.n;
      process[r] = (OS.getProcessCpuTime() - p0) / 1e3 / c.n;
    }
    c.stopClock((long) ROUNDS * c.n);
    blackhole += bytes;
    c.put("ok", (long) ROUNDS * c.n);
    c.put("failed", 0);
    c.put("pending", 0);
    c.put("processCpuMicros", median(process));
    c.put("threadCpuMicros", median(thread));
    c.put("wallMicros", median(wall));
    c.put("bodyBytes", (double) bytes / ROUNDS / c.n);
    c.put("blackhole", blackhole % 10);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
