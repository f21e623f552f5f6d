package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.testing.ClientFixture;
import io.mlmeta.testing.FakeGms;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link ModelRegistrationContract} over HTTP against {@link FakeGms}: the versions, group and run of one registration
 * in one request.
 */
class ModelRegistrationFakeGmsTest extends ModelRegistrationContract {
  @RegisterExtension
  final ClientFixture fixture = ClientFixture.fakeGms();

  @Override
  DataHubClient client() {
    return fixture.client();
  }
}
