package io.mlmeta.mlmodel.tracking;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.urn.DataProcessInstanceUrn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunScopeContract} on the local store. */
class RunScopeLocalStoreTest extends RunScopeContract {
  @TempDir
  Path dir;

  private DataHubClient client;

  @BeforeEach
  void open() {
    client = DataHubClient.local(dir.resolve("store"));
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Override
  DataHubClient client() {
    return client;
  }

  @Override
  DataHubClient otherClient() {
    return client;
  }

  @Override
  List<DataProcessInstanceRunEvent> events(DataProcessInstanceUrn run) {
    return client.localStore().orElseThrow().timeseries(run, DataProcessInstanceRunEvent.TYPE);
  }
}
