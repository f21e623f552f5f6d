package io.mlmeta.testing;

import io.mlmeta.DataHubClient;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link DataHubClient} for each test, on a new local store or over HTTP against a new {@link FakeGms} (with a
 * 30 s deadline), closed after the test with its directory: for the backend classes of a contract test, registered
 * with {@code @RegisterExtension}.
 */
public final class ClientFixture implements BeforeEachCallback, AfterEachCallback {
  private final String backend;
  private final BackendClients clients = BackendClients.withHttp(b -> b.deadline(Duration.ofSeconds(30)));
  private DataHubClient client;

  private ClientFixture(String backend) {
    this.backend = backend;
  }

  /** A client on a local store. */
  public static ClientFixture localStore() {
    return new ClientFixture("local");
  }

  /** A client over HTTP against a {@link FakeGms}. */
  public static ClientFixture fakeGms() {
    return new ClientFixture("gms");
  }

  /** The current test's client. */
  public DataHubClient client() {
    return client;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    client = clients.client(backend);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    clients.afterEach(context);
  }
}
