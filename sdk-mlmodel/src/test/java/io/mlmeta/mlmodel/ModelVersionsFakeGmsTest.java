package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.testing.ClientFixture;
import io.mlmeta.testing.FakeGms;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ModelVersionsContract} over HTTP against {@link FakeGms}: relationships, reads and conditional writes. */
class ModelVersionsFakeGmsTest extends ModelVersionsContract {
  @RegisterExtension
  final ClientFixture fixture = ClientFixture.fakeGms();

  @Override
  DataHubClient client() {
    return fixture.client();
  }
}
