package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.testing.ClientFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ModelRegistrationContract} on the local store. */
class ModelRegistrationLocalStoreTest extends ModelRegistrationContract {
  @RegisterExtension
  final ClientFixture fixture = ClientFixture.localStore();

  @Override
  DataHubClient client() {
    return fixture.client();
  }
}
