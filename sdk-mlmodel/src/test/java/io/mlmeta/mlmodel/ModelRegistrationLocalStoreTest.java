package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link ModelRegistrationContract} on the local store. */
class ModelRegistrationLocalStoreTest extends ModelRegistrationContract {
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
}
