package io.mlmeta.testing;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link DataHubClient} for each test, on a new local store or over HTTP against a new {@link FakeGms} (with a
 * 30 s deadline), closed after the test with its directory: for the backend classes of a contract test, registered
 * with {@code @RegisterExtension}.
 */
public final class ClientFixture implements BeforeEachCallback, AfterEachCallback {
  private final boolean overHttp;
  private Path dir;
  private FakeGms gms;
  private DataHubClient client;

  private ClientFixture(boolean overHttp) {
    this.overHttp = overHttp;
  }

  /** A client on a local store. */
  public static ClientFixture localStore() {
    return new ClientFixture(false);
  }

  /** A client over HTTP against a {@link FakeGms}. */
  public static ClientFixture fakeGms() {
    return new ClientFixture(true);
  }

  /** The current test's client. */
  public DataHubClient client() {
    return client;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("mlmeta-client");
    if (overHttp) {
      gms = FakeGms.start(dir.resolve("gms"));
      client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
          .build());
    } else {
      client = DataHubClient.local(dir.resolve("store"));
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      client.close();
      if (gms != null) {
        gms.close();
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
