package io.mlmeta.mlmodel.tracking;

import io.mlmeta.internal.Checks;
import java.time.Instant;

/**
 * One value of a metric as a running pipeline logged it: name, value, step (the epoch or iteration, 0 unless given)
 * and when it was measured. An {@link ActiveRun} keeps every logged value ({@link ActiveRun#metricHistory}) and
 * writes the latest of each metric to DataHub, which keeps one value per metric. Immutable.
 */
public final class LoggedMetric {
  private final String name;
  private final double value;
  private final long step;
  private final long timestampMillis;

  private LoggedMetric(String name, double value, long step, long timestampMillis) {
    this.name = name;
    this.value = value;
    this.step = step;
    this.timestampMillis = timestampMillis;
  }

  /**
   * Metric {@code name} at {@code value}, logged at {@code step} at {@code timestampMillis} (epoch milliseconds).
   *
   * @throws IllegalArgumentException if the name is empty or the time is not epoch milliseconds DataHub can hold
   */
  public static LoggedMetric of(String name, double value, long step, long timestampMillis) {
    Checks.checkNotEmpty("metric", "name", name);
    if (timestampMillis < 0 || timestampMillis > Checks.MAX_TIME_MILLIS) {
      Checks.checkTime("timestampMillis of metric '" + name + "'", timestampMillis);
    }
    return new LoggedMetric(name, value, step, timestampMillis);
  }

  /** The metric's name, e.g. {@code loss}. */
  public String name() {
    return name;
  }

  /** The value. */
  public double value() {
    return value;
  }

  /** The step (epoch, iteration) it was logged at; 0 unless given. */
  public long step() {
    return step;
  }

  /** When it was measured, in epoch milliseconds. */
  public long timestampMillis() {
    return timestampMillis;
  }

  /**
   * Whether this value is later than {@code other}, as MLflow orders a metric's values to find its latest: by step,
   * then by time; of two at the same step and time, the one logged last counts, so this is later then too.
   */
  boolean isAtLeastAsLateAs(LoggedMetric other) {
    return step != other.step ? step > other.step : timestampMillis >= other.timestampMillis;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LoggedMetric)) {
      return false;
    }
    LoggedMetric that = (LoggedMetric) o;
    return name.equals(that.name) && Double.compare(value, that.value) == 0 && step == that.step
        && timestampMillis == that.timestampMillis;
  }

  @Override
  public int hashCode() {
    int h = name.hashCode();
    h = 31 * h + Double.hashCode(value);
    h = 31 * h + Long.hashCode(step);
    return 31 * h + Long.hashCode(timestampMillis);
  }

  @Override
  public String toString() {
    return name + "=" + value + " (step " + step + ", " + Instant.ofEpochMilli(timestampMillis) + ")";
  }
}
