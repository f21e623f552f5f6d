package io.mlmeta.emit;

import io.mlmeta.error.DataHubException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a bulk emit of a stream ({@link Emitter#emitAll(java.util.stream.Stream)}) ended with: how many proposals it
 * read, how many were acknowledged, and the result of each one that failed, in the stream's order. Only the
 * failures are kept, so a stream of millions of proposals holds no result of the ones that landed.
 *
 * <pre>{@code
 * EmitSummary summary = emitter.emitAll(runs.stream().flatMap(run -> run.toMcps().stream()));
 * summary.failures().forEach(f -> log.warn("not written: {}", f));
 * }</pre>
 *
 * <p>Immutable.
 */
public final class EmitSummary {
  private final long total;
  private final long acknowledged;
  private final List<EmitResult> failures;

  private EmitSummary(long total, long acknowledged, List<EmitResult> failures) {
    this.total = total;
    this.acknowledged = acknowledged;
    this.failures = failures;
  }

  /**
   * The summary of {@code total} proposals, {@code acknowledged} of them acknowledged and the others failed with
   * {@code failures}, in order.
   *
   * @throws IllegalArgumentException if the counts do not add up or a failure is an acknowledged result
   */
  public static EmitSummary of(long total, long acknowledged, List<EmitResult> failures) {
    Objects.requireNonNull(failures, "failures");
    if (acknowledged < 0 || acknowledged + failures.size() != total) {
      throw new IllegalArgumentException("a summary of " + total + " proposals must count each once, but has "
          + acknowledged + " acknowledged and " + failures.size() + " failures");
    }
    for (EmitResult failure : failures) {
      if (failure.isAcknowledged()) {
        throw new IllegalArgumentException("failures must not hold an acknowledged result: " + failure);
      }
    }
    return new EmitSummary(total, acknowledged, List.copyOf(failures));
  }

  /** The summary of {@code results}, one per proposal, in order. */
  public static EmitSummary of(List<EmitResult> results) {
    Objects.requireNonNull(results, "results");
    List<EmitResult> failed = results.stream().filter(r -> !r.isAcknowledged()).collect(Collectors.toList());
    return new EmitSummary(results.size(), results.size() - failed.size(), List.copyOf(failed));
  }

  /** How many proposals the stream gave. */
  public long total() {
    return total;
  }

  /** How many of them were acknowledged. */
  public long acknowledged() {
    return acknowledged;
  }

  /** The result of each proposal that failed, in the stream's order; empty when all were acknowledged. */
  public List<EmitResult> failures() {
    return failures;
  }

  /** Whether every proposal was acknowledged. */
  public boolean allAcknowledged() {
    return failures.isEmpty();
  }

  /**
   * This summary, if every proposal was acknowledged.
   *
   * @throws DataHubException the first failure's exception, with the counts added as a suppressed exception
   */
  public EmitSummary orThrow() {
    if (failures.isEmpty()) {
      return this;
    }
    DataHubException first = failures.get(0).failure().orElseThrow();
    first.addSuppressed(new DataHubException(failures.size() + " of " + total + " proposals failed; this is the "
        + "first of them"));
    throw first;
  }

  @Override
  public String toString() {
    return "EmitSummary{total=" + total + ", acknowledged=" + acknowledged + ", failed=" + failures.size() + "}";
  }
}
