package io.mlmeta.testing;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clients of a test that runs on either backend and may open several writers, registered with
 * {@code @RegisterExtension}: {@code client("local")} is the one client of a local store (one open instance per
 * directory), {@code client("gms")} a new client of one {@link FakeGms} at each call. All are closed after the test,
 * with the server and their directory.
 */
public final class BackendClients implements AfterEachCallback {
  private final UnaryOperator<ConnectionConfig.Builder> http;
  private final List<DataHubClient> clients = new ArrayList<>();
  private Path dir;
  private FakeGms gms;
  private DataHubClient local;

  private BackendClients(UnaryOperator<ConnectionConfig.Builder> http) {
    this.http = http;
  }

  /** Clients whose HTTP settings {@code http} completes (the server is set). */
  public static BackendClients withHttp(UnaryOperator<ConnectionConfig.Builder> http) {
    return new BackendClients(http);
  }

  /** The local store's client for {@code "local"}, a new client of the fake GMS for {@code "gms"}. */
  public DataHubClient client(String backend) {
    if (backend.equals("local")) {
      if (local == null) {
        local = track(DataHubClient.local(dir().resolve("local")));
      }
      return local;
    }
    if (!backend.equals("gms")) {
      throw new IllegalArgumentException("backend: " + backend);
    }
    if (gms == null) {
      gms = FakeGms.start(dir().resolve("gms"));
    }
    return track(DataHubClient.connect(http.apply(ConnectionConfig.builder().server(gms.url())).build()));
  }

  /** The fake GMS, once a {@code "gms"} client was made in this test. */
  public Optional<FakeGms> gms() {
    return Optional.ofNullable(gms);
  }

  private DataHubClient track(DataHubClient client) {
    clients.add(client);
    return client;
  }

  private Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("mlmeta-clients");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return dir;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      clients.forEach(DataHubClient::close);
      if (gms != null) {
        gms.close();
      }
    } finally {
      clients.clear();
      gms = null;
      local = null;
      if (dir != null) {
        try (Stream<Path> paths = Files.walk(dir)) {
          paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        dir = null;
      }
    }
  }
}
