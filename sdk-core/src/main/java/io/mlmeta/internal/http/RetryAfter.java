package io.mlmeta.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header: delay seconds or an HTTP date. */
final class RetryAfter {
  private static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);

  private RetryAfter() {}

  /** The delay in nanoseconds, saturated at {@link Long#MAX_VALUE} (a wait that long only meets the deadline). */
  static long nanos(Duration delay) {
    return delay.compareTo(MAX) >= 0 ? Long.MAX_VALUE : delay.toNanos();
  }

  static Optional<Duration> parse(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
