package io.mlmeta.bench.child;

/**
 * Asynchronous emits: hand every proposal to the SDK's asynchronous path without waiting (our emitter blocks the
 * caller while {@code maxInFlight} requests are under way; the peer queues), then wait for every outcome, bounded by
 * the time limit. A warm-up round of the same kind comes first.
 */
final class AsyncScenario {
  private AsyncScenario() {}

  static void run(RunContext c) throws InterruptedException {
    int warm = 0;
    for (long t0 = System.nanoTime(); c.warmup > 0 && c.warming(warm, t0); ) {
      int round = Math.max(1, c.warmup / 4);
      Tally tally = new Tally(round);
      for (int i = 0; i < round; i++) {
        emit(c, warm + i, tally);
      }
      tally.await(c.timeoutSeconds);
      warm += round;
    }
    c.put("warmup", warm);
    Tally tally = new Tally(c.n);
    c.startClock();
    int handed = 0;
    for (; handed < c.n && !c.overTime(); handed++) {
      emit(c, warm + handed, tally);
      if ((handed & 255) == 0) {
        c.progress("async handed over", handed, c.n);
      }
    }
    for (int i = handed; i < c.n; i++) {
      tally.failed("not handed over within the time limit");
    }
    while (!tally.await(1) && !c.overTime()) {
      c.progress("async outcomes", tally.okCount() + tally.failedCount(), c.n);
    }
    c.stopClock(tally.okCount());
    c.put("ok", tally.okCount());
    c.put("failed", tally.failedCount());
    c.put("pending", tally.pendingCount());
    c.put("firstFailure", tally.firstFailure());
  }

  private static void emit(RunContext c, int i, Tally tally) {
    try {
      c.sdk.emitAsync(i, tally);
    } catch (Exception e) {
      tally.failed(e);
    }
  }
}
