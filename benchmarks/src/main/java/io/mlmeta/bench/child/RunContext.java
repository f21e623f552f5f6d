package io.mlmeta.bench.child;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child run works with and reports: its SDK, sizes and time limit, the timed phase's wall and process CPU
 * time, progress lines every 5 s, and the final {@code RESULT key=value ...} line the parent parses.
 */
public final class RunContext {
  /** The longest warm-up. */
  static final double MAX_WARMUP_SECONDS = 12;
  private static final java.lang.management.CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
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
  private long jitCheckedAt;
  private long jitMillis;
  private boolean jitSettled;

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
   * {@link #warmup} operations and {@link #warmupSeconds} have passed and the JIT has settled (less than 10% of the
   * last second spent compiling), at most {@link #MAX_WARMUP_SECONDS} and 100 x {@code warmup} operations. The
   * proposals of the warm-up count as sent; the timed phase numbers its own after them.
   */
  boolean warming(long done, long startNanos) {
    long now = System.nanoTime();
    double seconds = (now - startNanos) / 1e9;
    put("warmupSeconds", seconds);
    if (done >= 100L * Math.max(1, warmup) || seconds >= MAX_WARMUP_SECONDS) {
      return false;
    }
    if (jitCheckedAt == 0) {
      jitCheckedAt = now;
      jitMillis = JIT.getTotalCompilationTime();
    }
    if (now - jitCheckedAt >= 1_000_000_000L) {
      long compiled = JIT.getTotalCompilationTime();
      jitSettled = (compiled - jitMillis) < 0.1 * (now - jitCheckedAt) / 1e6;
      jitCheckedAt = now;
      jitMillis = compiled;
    }
    return done < warmup || seconds < warmupSeconds || !jitSettled;
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
