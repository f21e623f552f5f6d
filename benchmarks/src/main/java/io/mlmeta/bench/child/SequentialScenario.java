package io.mlmeta.bench.child;

/** Sequential emits: build one proposal, send it, wait for its acknowledgement, next; after a warm-up. */
final class SequentialScenario {
  private SequentialScenario() {}

  static void run(RunContext c) {
    int warm = 0;
    for (long t0 = System.nanoTime(); c.warmup > 0 && c.warming(warm, t0); warm++) {
      try {
        c.sdk.emitSync(warm);
      } catch (Exception e) {
        // counted by the sink; warm-up failures show there
      }
    }
    c.put("warmup", warm);
    int ok = 0;
    int failed = 0;
    String firstFailure = null;
    c.startClock();
    int sent = 0;
    for (; sent < c.n && !c.overTime(); sent++) {
      try {
        c.sdk.emitSync(warm + sent);
        ok++;
      } catch (Exception e) {
        failed++;
        firstFailure = firstFailure == null ? String.valueOf(e) : firstFailure;
      }
      if ((sent & 255) == 0) {
        c.progress("sequential", sent, c.n);
      }
    }
    c.stopClock(ok);
    c.put("ok", ok);
    c.put("failed", failed);
    c.put("pending", c.n - sent);
    c.put("firstFailure", firstFailure);
  }
}
