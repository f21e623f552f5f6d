package io.mlmeta.emit;

import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh MockWebServer standing in for GMS (see {@link MockGms}), started and shut down around it. */
abstract class MockGmsTest {
  protected final MockWebServer server = MockGms.server();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }
}
