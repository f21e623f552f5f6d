package io.mlmeta.mlmodel.internal;

import io.mlmeta.aspect.TimeStamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Conversions between the user's times and DataHub's epoch-millisecond time stamps. */
public final class Times {
  private Times() {}

  /** {@code time} as epoch milliseconds, refusing null with a message naming {@code field}. */
  public static long millis(String field, Instant time) {
    return Objects.requireNonNull(time, field).toEpochMilli();
  }

  /** A time stamp with no actor at {@code time}. */
  public static TimeStamp stamp(String field, Instant time) {
    return TimeStamp.of(millis(field, time));
  }

  /** The instant of a time stamp, if there is one. */
  public static Optional<Instant> instant(Optional<TimeStamp> stamp) {
    return stamp.map(s -> Instant.ofEpochMilli(s.time()));
  }
}
