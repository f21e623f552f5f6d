package io.mlmeta.bench.child;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated per proposal, by all threads (the JVM's per-thread allocation counters): build + serialize, then
 * asynchronous emits (fire all, then wait), then one batch ({@code emitAll}; not the peer, which has no batch API),
 * N proposals each, in rounds until the warm-up is over; the last round is reported. A diagnostic for the memory
 * figures: what a run allocates decides how much of the heap G1 touches, hence the peak RSS.
 */
final class AllocationScenario {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static long blackhole;

  private AllocationScenario() {}

  static void run(RunContext c) throws Exception {
    boolean batches = true;
    int next = 0;
    long sent = 0;
    double[] perMcp = new double[3];
    for (long t0 = System.nanoTime(); sent == 0 || c.warming(sent, t0); ) {
      long a0 = allocated();
      for (int i = 0; i < c.n; i++) {
        blackhole += c.sdk.buildAndSerialize(next++);
      }
      long a1 = allocated();
      Tally tally = new Tally(c.n);
      for (int i = 0; i < c.n; i++) {
        c.sdk.emitAsync(next++, tally);
      }
      if (!tally.await(c.timeoutSeconds) || tally.failedCount() > 0) {
        throw new IllegalStateException("asynchronous emits not all acknowledged: " + tally.firstFailure());
      }
      long a2 = allocated();
      sent += c.n;
      perMcp[2] = Double.NaN;
      if (batches) {
        try {
          int ok = c.sdk.emitAll(next, next + c.n);
          if (ok != c.n) {
            throw new IllegalStateException("emitAll acknowledged " + ok + " of " + c.n);
          }
          next += c.n;
          sent += c.n;
          perMcp[2] = (double) (allocated() - a2) / c.n;
        } catch (UnsupportedOperationException noBatchApi) {
          batches = false;
        }
      }
      perMcp[0] = (double) (a1 - a0) / c.n;
      perMcp[1] = (double) (a2 - a1) / c.n;
    }
    c.put("serializeBytesPerMcp", perMcp[0]);
    c.put("asyncBytesPerMcp", perMcp[1]);
    c.put("batchBytesPerMcp", perMcp[2]);
    c.put("ok", sent);
    c.put("failed", 0);
    c.put("pending", 0);
    c.put("blackhole", blackhole % 10);
  }

  /** Bytes allocated so far by the threads alive now. */
  private static long allocated() {
    long sum = 0;
    for (long id : THREADS.getAllThreadIds()) {
      long bytes = THREADS.getThreadAllocatedBytes(id);
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }
}
