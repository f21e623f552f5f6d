package io.mlmeta.bench.child;

/** One batch call ({@code emitAll}) holding all N proposals, built inside the timed phase; after a warm-up batch. */
final class BatchScenario {
  private BatchScenario() {}

  static void run(RunContext c) throws Exception {
    int warm = 0;
    int chunk = Math.max(1, c.warmup / 4);
    for (long t0 = System.nanoTime(); c.warmup > 0 && c.warming(warm, t0); warm += chunk) {
      c.sdk.emitAll(warm, warm + chunk);
    }
    c.put("warmup", warm);
    c.startClock();
    int ok = c.sdk.emitAll(warm, warm + c.n);
    c.stopClock(ok);
    c.put("ok", ok);
    c.put("failed", c.n - ok);
    c.put("pending", 0);
  }
}
