package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.testing.FakeGms;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ModelRegistrationContract} over HTTP against {@link FakeGms}: the versions, group and run of one registration
 * in one request.
 */
class ModelRegistrationFakeGmsTest extends ModelRegistrationContract {
  @TempDir
  Path dir;

  private FakeGms gms;
  private DataHubClient client;

  @BeforeEach
  void open() {
    gms = FakeGms.start(dir.resolve("gms"));
    client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
        .build());
  }

  @AfterEach
  void close() {
    client.close();
    gms.close();
  }

  @Override
  DataHubClient client() {
    return client;
  }
}
