package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallPolicyTest {
  private final CallPolicy policy = new CallPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1),
      Set.of(503), true, Duration.ofSeconds(10));

  @Test
  void backoffBoundDoublesUpToTheMaximum() {
    assertThat(policy.backoffBoundNanos(1)).isEqualTo(Duration.ofMillis(100).toNanos());
    assertThat(policy.backoffBoundNanos(2)).isEqualTo(Duration.ofMillis(200).toNanos());
    assertThat(policy.backoffBoundNanos(4)).isEqualTo(Duration.ofMillis(800).toNanos());
    assertThat(policy.backoffBoundNanos(5)).isEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(policy.backoffBoundNanos(200)).isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void fullJitterStaysWithinTheBound() {
    for (int i = 0; i < 1000; i++) {
      assertThat(policy.backoffNanos(3)).isBetween(0L, Duration.ofMillis(400).toNanos());
    }
  }
}
