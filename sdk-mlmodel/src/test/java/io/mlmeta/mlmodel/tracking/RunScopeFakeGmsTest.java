package io.mlmeta.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.DataProcessInstanceUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunScopeContract} over HTTP against {@link FakeGms}, and how many proposals a run sends. */
class RunScopeFakeGmsTest extends RunScopeContract {
  @TempDir
  Path dir;

  private FakeGms gms;
  private DataHubClient client;
  private DataHubClient other;

  @BeforeEach
  void open() {
    gms = FakeGms.start(dir.resolve("gms"));
    client = connect();
    other = connect();
  }

  private DataHubClient connect() {
    return DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
        .build());
  }

  @AfterEach
  void close() {
    client.close();
    other.close();
    gms.close();
  }

  @Override
  DataHubClient client() {
    return client;
  }

  @Override
  DataHubClient otherClient() {
    return other;
  }

  @Override
  List<DataProcessInstanceRunEvent> events(DataProcessInstanceUrn run) {
    return gms.store().timeseries(run, DataProcessInstanceRunEvent.TYPE);
  }

  @Test
  void aThousandLoggedMetricsAreOneWriteNotAThousand() {
    scope().run(newRun(), run -> {
      int afterStart = gms.ingested();
      for (int step = 0; step < 1000; step++) {
        run.logMetric("loss", 1.0 / (step + 1), step).logMetric("accuracy", step / 1000.0, step);
      }
      assertThat(gms.ingested()).as("nothing written while the run logs").isEqualTo(afterStart);
    });

    // start: dataProcessInstanceProperties, subTypes, dataProcessInstanceInput, STARTED;
    // end: mlTrainingRunProperties, COMPLETE
    assertThat(gms.ingested()).isEqualTo(6);
  }
}
