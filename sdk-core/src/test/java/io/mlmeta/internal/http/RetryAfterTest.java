package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Instant now = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void seconds() {
    assertThat(RetryAfter.parse("3", now)).hasValue(Duration.ofSeconds(3));
  }

  @Test
  void httpDate() {
    assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:00:05 GMT", now)).hasValue(Duration.ofSeconds(5));
  }

  @Test
  void pastDateMeansNow() {
    assertThat(RetryAfter.parse("Tue, 31 Dec 2024 23:00:00 GMT", now)).hasValue(Duration.ZERO);
  }

  @Test
  void garbageAndAbsenceAreIgnored() {
    assertThat(RetryAfter.parse("soon", now)).isEmpty();
    assertThat(RetryAfter.parse(null, now)).isEmpty();
    assertThat(RetryAfter.parse("-1", now)).isEmpty();
  }

  @Test
  void aWaitTooLongForNanosecondsSaturates() {
    assertThat(RetryAfter.nanos(RetryAfter.parse("99999999999", now).orElseThrow())).isEqualTo(Long.MAX_VALUE);
    assertThat(RetryAfter.nanos(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now).orElseThrow()))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(RetryAfter.nanos(Duration.ofSeconds(2))).isEqualTo(2_000_000_000L);
  }
}
