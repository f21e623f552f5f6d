package io.mlmeta.bench.child;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Counts the outcomes of asynchronous emits: acknowledged, failed (with the first failure), and still pending. */
public final class Tally {
  private final CountDownLatch pending;
  private final AtomicInteger ok = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicReference<String> firstFailure = new AtomicReference<>();

  /** A tally expecting {@code expected} outcomes. */
  public Tally(int expected) {
    this.pending = new CountDownLatch(expected);
  }

  /** One acknowledged emit. */
  public void ok() {
    ok.incrementAndGet();
    pending.countDown();
  }

  /** One failed emit. */
  public void failed(Object why) {
    failed.incrementAndGet();
    firstFailure.compareAndSet(null, String.valueOf(why));
    pending.countDown();
  }

  /** Waits at most {@code seconds} for every outcome; returns whether all arrived. */
  public boolean await(long seconds) throws InterruptedException {
    return pending.await(seconds, TimeUnit.SECONDS);
  }

  /** Acknowledged emits so far. */
  public int okCount() {
    return ok.get();
  }

  /** Failed emits so far. */
  public int failedCount() {
    return failed.get();
  }

  /** Emits with no outcome yet. */
  public long pendingCount() {
    return pending.getCount();
  }

  /** The first failure's description, or null. */
  public String firstFailure() {
    return firstFailure.get();
  }
}
