package io.mlmeta.config;

import io.mlmeta.emit.RestEmitter;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When and how often a {@link RestEmitter} repeats a request: on the listed HTTP statuses and on connection
 * failures, up to {@link #maxAttempts()} requests, waiting an exponential backoff with full jitter (a random delay
 * between zero and {@code min(maxBackoff, initialBackoff * 2^(retry-1))}) or the server's {@code Retry-After}, and
 * never past the emitter's total deadline.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final Set<Integer> DEFAULT_STATUSES = Set.of(429, 500, 502, 503, 504);
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Set<Integer> retryStatuses;
  private final boolean retryOnConnectionFailure;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.retryStatuses = Collections.unmodifiableSet(new TreeSet<>(b.retryStatuses));
    this.retryOnConnectionFailure = b.retryOnConnectionFailure;
  }

  /** The default policy: 5 attempts, 500 ms initial and 30 s maximum backoff, statuses 429/500/502/503/504. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that sends each request once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** How many requests at most carry one proposal or batch, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff bound before the first retry; it doubles with every further retry. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The largest backoff bound. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The HTTP statuses that are retried. */
  public Set<Integer> retryStatuses() {
    return retryStatuses;
  }

  /** Whether connection failures (refused, reset, timed out) are retried. */
  public boolean retryOnConnectionFailure() {
    return retryOnConnectionFailure;
  }

  /** A new builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
        .retryStatuses(retryStatuses).retryOnConnectionFailure(retryOnConnectionFailure);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy p = (RetryPolicy) o;
    return maxAttempts == p.maxAttempts && initialBackoff.equals(p.initialBackoff) && maxBackoff.equals(p.maxBackoff)
        && retryStatuses.equals(p.retryStatuses) && retryOnConnectionFailure == p.retryOnConnectionFailure;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, initialBackoff, maxBackoff, retryStatuses, retryOnConnectionFailure);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", retryStatuses=" + retryStatuses + ", retryOnConnectionFailure=" + retryOnConnectionFailure
        + "}";
  }

  /** Builds a {@link RetryPolicy}; every value has a default. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Set<Integer> retryStatuses = new TreeSet<>(DEFAULT_STATUSES);
    private boolean retryOnConnectionFailure = true;

    private Builder() {}

    /** Requests at most per proposal or batch, at least 1 (1 means no retry). Default 5. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = ConfigChecks.atLeastOne("maxAttempts", maxAttempts);
      return this;
    }

    /** The backoff bound before the first retry. Default 500 ms. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = ConfigChecks.notNegative("initialBackoff", initialBackoff);
      return this;
    }

    /** The largest backoff bound. Default 30 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = ConfigChecks.notNegative("maxBackoff", maxBackoff);
      return this;
    }

    /** Replaces the retried statuses. Default 429, 500, 502, 503, 504. */
    public Builder retryStatuses(Set<Integer> statuses) {
      Set<Integer> copy = new TreeSet<>();
      for (Integer status : Objects.requireNonNull(statuses, "retryStatuses")) {
        if (status == null || status < 100 || status > 599) {
          throw new IllegalArgumentException("retryStatuses must hold HTTP statuses but held " + status);
        }
        if (status == 401) {
          throw new IllegalArgumentException("401 is handled by the TokenProvider's refresh, not by retryStatuses");
        }
        copy.add(status);
      }
      this.retryStatuses = copy;
      return this;
    }

    /** Whether connection failures are retried. Default true. */
    public Builder retryOnConnectionFailure(boolean retry) {
      this.retryOnConnectionFailure = retry;
      return this;
    }

    /** The policy; refuses a maximum backoff below the initial one. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be below initialBackoff ("
            + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
