package io.mlmeta.bench.child;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child run works with and reports: its SDK, sizes and time limit, the timed phase's wall and process CPU
 * time, progress lines every 5 s, and the final {@code RESULT key=value ...} line the parent parses.
 */
public final class RunContext {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  final Sdk sdk;
  final int n;
  final int warmup;
  final double warmupSeconds;
  final long timeoutSeconds;
  final MemoryWatch memory;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private long wall0;
  private long cpu0;
  private long lastProgress = System.nanoTime();

  RunContext(Sdk sdk, int n, int warmup, double warmupSeconds, long timeoutSeconds, MemoryWatch memory) {
    this.sdk = sdk;
    this.n = n;
    this.warmup = warmup;
    this.warmupSeconds = warmupSeconds;
    this.timeoutSeconds = timeoutSeconds;
    this.memory = memory;
  }

  /**
   * Whether the warm-up goes on after {@code done} operations that started at {@code startNanos}: until at least
   * {@link #warmup} operations and {@link #warmupSeconds} have passed, at most 20 x {@code warmup} operations and
   * 60 s. The proposals of the warm-up count as sent; the timed phase numbers its own after them.
   */
  boolean warming(long done, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    if (done >= 20L * Math.max(1, warmup) || seconds >= 60) {
      return false;
    }
    return done < warmup || seconds < warmupSeconds;
  }

  /** Starts the timed phase. */
  void startClock() {
    cpu0 = OS.getProcessCpuTime();
    wall0 = System.nanoTime();
  }

  /** Ends the timed phase: records seconds, process CPU seconds and the rate of {@code ok} acknowledged emits. */
  void stopClock(long ok) {
    double seconds = (System.nanoTime() - wall0) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    put("seconds", seconds);
    put("cpuSeconds", cpu);
    put("rate", ok / seconds);
  }

  /** Whether the time limit, counted from the timed phase's start, has passed. */
  boolean overTime() {
    return System.nanoTime() - wall0 > timeoutSeconds * 1_000_000_000L;
  }

  /** Prints a progress line if 5 s passed since the last one. */
  void progress(String what, long done, long total) {
    long now = System.nanoTime();
    if (now - lastProgress > 5_000_000_000L) {
      lastProgress = now;
      System.out.println("PROGRESS " + what + " " + done + "/" + total);
    }
  }

  /** Adds a value to the result line. */
  void put(String key, Object value) {
    result.put(key, value);
  }

  /** The result line, memory figures included; the first failure (free text) goes last. */
  String resultLine() {
    put("rssKib", MemoryWatch.vmHwmKib());
    put("heapPeakBytes", memory.peakHeapBytes());
    put("heapAfterGcBytes", memory.maxHeapAfterGcBytes());
    Object failure = result.remove("firstFailure");
    StringBuilder line = new StringBuilder("RESULT");
    result.forEach((k, v) -> line.append(' ').append(k).append('=')
        .append(v instanceof Double ? String.format(java.util.Locale.ROOT, "%.6f", (Double) v) : v));
    if (failure != null) {
      line.append(" firstFailure=").append(String.valueOf(failure).replace('\n', ' '));
    }
    return line.toString();
  }
}
