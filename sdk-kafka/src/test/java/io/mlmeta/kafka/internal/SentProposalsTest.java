package io.mlmeta.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The watcher's memory of sent proposals stays within its count and age, and matches id and URN together. */
class SentProposalsTest {
  @Test
  void forgetsTheOldestBeyondTheCount() {
    SentProposals sent = new SentProposals(2, 60_000);
    sent.remember("a", "urn:a", "status", 1_000);
    sent.remember("b", "urn:b", "status", 1_001);
    sent.remember("c", "urn:c", "status", 1_002);
    assertThat(sent.size()).isEqualTo(2);
    assertThat(sent.take("a", "urn:a", 1_003)).isNull();
    assertThat(sent.take("c", "urn:c", 1_003).sentAtMillis).isEqualTo(1_002);
  }

  @Test
  void forgetsWhatIsOlderThanTheWindow() {
    SentProposals sent = new SentProposals(100, 10_000);
    sent.remember("a", "urn:a", "status", 1_000);
    sent.remember("b", "urn:b", "status", 9_000);
    assertThat(sent.take("a", "urn:a", 11_001)).isNull();
    assertThat(sent.take("b", "urn:b", 11_001)).isNotNull();
    assertThat(sent.size()).isZero();
  }

  @Test
  void matchesOnlyTheSameIdAndUrnAndOnlyOnce() {
    SentProposals sent = new SentProposals(100, 10_000);
    sent.remember("a", "urn:a", "status", 1_000);
    assertThat(sent.take("a", "urn:other", 1_001)).isNull();
    SentProposals.Sent match = sent.take("a", "urn:a", 1_001);
    assertThat(match.urn).isEqualTo("urn:a");
    assertThat(match.aspectName).isEqualTo("status");
    assertThat(sent.take("a", "urn:a", 1_002)).isNull();
  }
}
