package io.mlmeta.mlmodel.tracking;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.testing.ClientFixture;
import io.mlmeta.urn.DataProcessInstanceUrn;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunScopeContract} on the local store. */
class RunScopeLocalStoreTest extends RunScopeContract {
  @RegisterExtension
  final ClientFixture fixture = ClientFixture.localStore();

  @Override
  DataHubClient client() {
    return fixture.client();
  }

  @Override
  DataHubClient otherClient() {
    return fixture.client();
  }

  @Override
  List<DataProcessInstanceRunEvent> events(DataProcessInstanceUrn run) {
    return fixture.client().localStore().orElseThrow().timeseries(run, DataProcessInstanceRunEvent.TYPE);
  }
}
