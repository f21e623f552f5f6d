package io.mlmeta.internal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** The retry and deadline rules one {@link HttpSender} applies, with the backoff arithmetic (full jitter). */
public final class CallPolicy {
  private final int maxAttempts;
  private final long initialBackoffNanos;
  private final long maxBackoffNanos;
  private final Set<Integer> retryStatuses;
  private final boolean retryOnConnectionFailure;
  private final Duration deadline;

  /** Rules as the public RetryPolicy and the emitter's deadline give them. */
  public CallPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Set<Integer> retryStatuses,
      boolean retryOnConnectionFailure, Duration deadline) {
    this.maxAttempts = maxAttempts;
    this.initialBackoffNanos = initialBackoff.toNanos();
    this.maxBackoffNanos = maxBackoff.toNanos();
    this.retryStatuses = Set.copyOf(retryStatuses);
    this.retryOnConnectionFailure = retryOnConnectionFailure;
    this.deadline = deadline;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  boolean retriesStatus(int status) {
    return retryStatuses.contains(status);
  }

  boolean retriesConnectionFailures() {
    return retryOnConnectionFailure;
  }

  Duration deadline() {
    return deadline;
  }

  /** The bound of the wait before retry number {@code retry} (1 for the first retry): initial * 2^(retry-1), capped. */
  long backoffBoundNanos(int retry) {
    int shift = Math.min(Math.max(retry - 1, 0), 62);
    long bound = initialBackoffNanos << shift;
    if (bound < 0 || (shift > 0 && bound >> shift != initialBackoffNanos)) {
      bound = Long.MAX_VALUE;
    }
    return Math.min(bound, maxBackoffNanos);
  }

  /** A random wait in [0, bound] before retry number {@code retry} ("full jitter"). */
  long backoffNanos(int retry) {
    long bound = backoffBoundNanos(retry);
    return bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1);
  }
}
