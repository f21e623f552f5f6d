package io.mlmeta.mlmodel.internal;

import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.DataProcessInstanceRunResult;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.internal.Checks;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Objects;

/**
 * The start and end of one run, as DataHub's AI client records them: a {@code STARTED} event and a
 * {@code COMPLETE} event with the result, both of attempt 1, the latter with {@code durationMillis} when the start
 * is known and the run took any time. A run starts once and completes once, and never ends before it starts.
 */
public final class RunTimeline {
  private final Urn run;
  private Long startedAt;
  private Long completedAt;

  /** The timeline of {@code run}, with nothing recorded. */
  public RunTimeline(Urn run) {
    this.run = run;
  }

  /** The {@code STARTED} event at {@code atMillis}. */
  public DataProcessInstanceRunEvent start(long atMillis) {
    Checks.checkTime("started", atMillis);
    if (startedAt != null) {
      throw new IllegalStateException(run + " already started at " + time(startedAt));
    }
    if (completedAt != null && atMillis > completedAt) {
      throw new IllegalStateException(run + " cannot start at " + time(atMillis) + ", after it completed at "
          + time(completedAt));
    }
    startedAt = atMillis;
    return DataProcessInstanceRunEvent.started(atMillis).toBuilder().attempt(1).build();
  }

  /** The {@code COMPLETE} event at {@code atMillis} with {@code result}, called {@code nativeResultType}. */
  public DataProcessInstanceRunEvent complete(long atMillis, RunResultType result, String nativeResultType) {
    Checks.checkTime("completed", atMillis);
    Objects.requireNonNull(result, "result");
    Checks.checkNotEmpty("nativeResultType", nativeResultType);
    if (completedAt != null) {
      throw new IllegalStateException(run + " already completed at " + time(completedAt));
    }
    if (startedAt != null && atMillis < startedAt) {
      throw new IllegalStateException(run + " cannot complete at " + time(atMillis) + ", before it started at "
          + time(startedAt));
    }
    DataProcessInstanceRunEvent.Builder event = DataProcessInstanceRunEvent.completed(atMillis,
        DataProcessInstanceRunResult.of(result, nativeResultType)).toBuilder().attempt(1);
    if (startedAt != null && atMillis > startedAt) {
      event.durationMillis(atMillis - startedAt);
    }
    completedAt = atMillis;
    return event.build();
  }

  private static String time(long millis) {
    return Instant.ofEpochMilli(millis) + " (" + millis + " ms)";
  }
}
