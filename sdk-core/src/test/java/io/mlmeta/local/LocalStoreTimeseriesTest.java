package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.local.TestAspects.RunEvent;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import org.junit.jupiter.api.Test;

class LocalStoreTimeseriesTest extends WithOpenStore {

  private void record(long time, double value) {
    store.emit(MetadataChangeProposal.upsert(MODEL, new RunEvent(time, value)));
  }

  @Test
  void everyEventIsKeptInTimeOrder() {
    record(2000, 0.2);
    record(1000, 0.1);
    record(3000, 0.3);

    assertThat(store.timeseries(MODEL, RunEvent.TYPE))
        .containsExactly(new RunEvent(1000, 0.1), new RunEvent(2000, 0.2), new RunEvent(3000, 0.3));
  }

  @Test
  void anEventAtTheSameTimeReplacesTheEarlierOneAsInDataHub() {
    record(1000, 0.1);
    record(2000, 0.2);
    record(1000, 0.9);

    assertThat(store.timeseries(MODEL, RunEvent.TYPE))
        .containsExactly(new RunEvent(1000, 0.9), new RunEvent(2000, 0.2));
  }

  @Test
  void theLatestEventByTimestampIsTheAspect() {
    record(3000, 0.3);
    record(1000, 0.1);

    assertThat(store.getAspect(MODEL, RunEvent.TYPE)).contains(new RunEvent(3000, 0.3));
  }

  @Test
  void theSeriesSurvivesReopening() {
    record(1000, 0.1);
    record(2000, 0.2);

    reopen();

    assertThat(store.timeseries(MODEL, RunEvent.TYPE)).hasSize(2);
    assertThat(store.getEntity(MODEL).orElseThrow().aspects()).containsOnlyKeys("testRunEvent");
  }

  @Test
  void deleteRemovesTheWholeSeries() {
    record(1000, 0.1);
    record(2000, 0.2);

    store.emit(MetadataChangeProposal.delete(MODEL, "testRunEvent"));

    assertThat(store.timeseries(MODEL, RunEvent.TYPE)).isEmpty();
    assertThat(store.exists(MODEL)).isFalse();
  }

  @Test
  void conditionalWritesDoNotApplyToTimeseries() {
    assertThatThrownBy(() -> store.emit(MetadataChangeProposal.upsert(MODEL, new RunEvent(1, 1))
        .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "-1")))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("timeseries");
  }

  @Test
  void createIsNotSupportedForTimeseries() {
    assertThatThrownBy(() -> store.emit(MetadataChangeProposal.builder().entityUrn(MODEL)
        .changeType(ChangeType.CREATE).aspect(new RunEvent(1, 1)).build()))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("UPSERT");
  }
}
