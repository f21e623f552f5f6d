package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.testing.ClientFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ModelVersionsContract} on the local store. */
class ModelVersionsLocalStoreTest extends ModelVersionsContract {
  @RegisterExtension
  final ClientFixture fixture = ClientFixture.localStore();

  @Override
  DataHubClient client() {
    return fixture.client();
  }
}
