package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class DataProcessInstanceRunEventTest {
  @Test
  void aStartedEventHasOnlyTimeAndStatus() {
    Golden.assertAspect(DataProcessInstanceRunEvent.started(1700000000000L),
        "golden/aspects/dataProcessInstanceRunEvent-minimal.json");
  }

  @Test
  void aCompletedEventMatchesTheSpecExample() {
    DataProcessInstanceRunEvent done = DataProcessInstanceRunEvent.completed(1700000100000L,
            DataProcessInstanceRunResult.of(RunResultType.SUCCESS, "mlflow"))
        .toBuilder().attempt(1).durationMillis(95000L).build();

    Golden.assertAspect(done, "golden/aspects/dataProcessInstanceRunEvent-completed.json");
  }

  @Test
  void richEventWritesEveryField() {
    DataProcessInstanceRunEvent event = DataProcessInstanceRunEvent.builder()
        .timestampMillis(1700000100000L)
        .eventGranularity(TimeWindowSize.of(CalendarInterval.HOUR))
        .partitionSpec(PartitionSpec.of("ds=2023-11-14").toBuilder()
            .timePartition(TimeWindow.of(1699920000000L, TimeWindowSize.of(CalendarInterval.DAY, 1)))
            .build())
        .messageId("run-42-complete")
        .externalUrl("https://mlflow.example.com/#/experiments/7/runs/42")
        .status(DataProcessRunStatus.COMPLETE)
        .attempt(2)
        .result(DataProcessInstanceRunResult.of(RunResultType.FAILURE, "FAILED"))
        .durationMillis(95000L)
        .build();

    Golden.assertAspect(event, "golden/aspects/dataProcessInstanceRunEvent-rich.json");
  }

  @Test
  void timestampInMicrosecondsIsRefused() {
    assertThatThrownBy(() -> DataProcessInstanceRunEvent.started(1700000000000000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DataProcessInstanceRunEvent.timestampMillis")
        .hasMessageContaining("1700000000000000");
  }

  @Test
  void negativeDurationIsRefused() {
    assertThatThrownBy(() -> DataProcessInstanceRunEvent.started(1700000000000L).toBuilder()
        .durationMillis(-5L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DataProcessInstanceRunEvent.durationMillis must be >= 0 but was -5");
  }

  @Test
  void negativeAttemptIsRefused() {
    assertThatThrownBy(() -> DataProcessInstanceRunEvent.started(1700000000000L).toBuilder().attempt(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DataProcessInstanceRunEvent.attempt must be >= 0 but was -1");
  }

  @Test
  void withoutStatusIsRefusedNamingTheField() {
    assertThatThrownBy(() -> DataProcessInstanceRunEvent.builder().timestampMillis(1700000000000L).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("status");
  }

  @Test
  void aResultNeedsBothFields() {
    assertThatThrownBy(() -> DataProcessInstanceRunResult.builder().type(RunResultType.SUCCESS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nativeResultType");
  }

  @Test
  void aZeroMultipleIsRefused() {
    assertThatThrownBy(() -> TimeWindowSize.of(CalendarInterval.DAY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TimeWindowSize.multiple must be >= 1 but was 0");
  }

  @Test
  void runEventsAreATimeseriesOfTrainingRuns() {
    assertThat(DataProcessInstanceRunEvent.TYPE.isTimeseries()).isTrue();
    assertThat(DataProcessInstanceRunEvent.TYPE.entityTypes()).containsExactly(EntityTypes.DATA_PROCESS_INSTANCE);
  }
}
