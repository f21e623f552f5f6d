package io.mlmeta.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.error.DataHubException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmitSummaryTest {
  private static final EmitResult OK = EmitResult.acknowledged(MockGms.status("ok"), 1);
  private static final EmitResult FAILED = EmitResult.failed(MockGms.status("failed"), 2,
      new DataHubException("refused"));

  @Test
  void aSummaryOfResultsCountsTheAcknowledgedAndKeepsTheFailuresInOrder() {
    EmitSummary summary = EmitSummary.of(List.of(OK, FAILED, OK));

    assertThat(summary.total()).isEqualTo(3);
    assertThat(summary.acknowledged()).isEqualTo(2);
    assertThat(summary.failures()).containsExactly(FAILED);
    assertThat(summary.allAcknowledged()).isFalse();
    assertThat(summary).hasToString("EmitSummary{total=3, acknowledged=2, failed=1}");
  }

  @Test
  void countsThatDoNotAddUpOrAnAcknowledgedFailureAreRefused() {
    assertThatThrownBy(() -> EmitSummary.of(3, 1, List.of(FAILED))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 proposals").hasMessageContaining("1 acknowledged and 1 failures");
    assertThatThrownBy(() -> EmitSummary.of(2, 1, List.of(OK))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acknowledged result");
  }

  @Test
  void orThrowPassesAnAllAcknowledgedSummaryAndThrowsTheFirstFailureOtherwise() {
    EmitSummary clean = EmitSummary.of(List.of(OK));

    assertThat(clean.orThrow()).isSameAs(clean);
    assertThatThrownBy(() -> EmitSummary.of(List.of(OK, FAILED)).orThrow()).hasMessage("refused");
  }
}
