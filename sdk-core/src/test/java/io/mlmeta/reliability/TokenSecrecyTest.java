package io.mlmeta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.InvalidTokenException;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.RestReader;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.DatasetUrn;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens never appear in what the SDK logs (every level, {@code io.mlmeta} at FINEST, captured from the root
 * java.util.logging logger that SLF4J reaches in tests), in {@code toString()}, nor in exception messages, through
 * a 401 and token refresh, retries, server failures, transport failures and token provider failures.
 */
class TokenSecrecyTest {
  private static final String OLD = "tok-OLD-5ecr3t-4f1c9e";
  private static final String NEW = "tok-NEW-5ecr3t-b77a02";
  private static final String SECRET = "5ecr3t";
  private static final DatasetUrn URN = DatasetUrn.of("hive", "secrets");
  private static final String FAIL_NAME = "always-fails";

  private final MockWebServer server = MockServers.noDelay();
  private final Logger root = Logger.getLogger("");
  private final Logger sdk = Logger.getLogger("io.mlmeta");
  private final Logger okhttp = Logger.getLogger("okhttp3");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final List<Throwable> thrown = new ArrayList<>();
  private Level sdkLevel;
  private Level okhttpLevel;

  @BeforeEach
  void start() throws IOException {
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    sdkLevel = sdk.getLevel();
    okhttpLevel = okhttp.getLevel();
    sdk.setLevel(Level.FINEST);
    okhttp.setLevel(Level.FINEST);
    AtomicInteger n = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!("Bearer " + NEW).equals(request.getHeader("Authorization"))) {
          return new MockResponse().setResponseCode(401).setBody(MockServers.restliError(401, "Unauthorized"));
        }
        String body = request.getBody().readUtf8();
        if (body.contains(FAIL_NAME) || request.getPath().contains(FAIL_NAME)) {
          return new MockResponse().setResponseCode(500).setBody(MockServers.restliError(500, "boom"));
        }
        if (n.incrementAndGet() % 3 == 0) {
          return new MockResponse().setResponseCode(503).setBody(MockServers.restliError(503, "busy"));
        }
        boolean read = request.getPath().startsWith("/aspects/");
        return new MockResponse().setResponseCode(read ? 404 : 200)
            .setBody(read ? MockServers.restliError(404, "Not Found") : "{\"value\":\"success\"}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    root.removeHandler(capture);
    sdk.setLevel(sdkLevel);
    okhttp.setLevel(okhttpLevel);
    server.shutdown();
  }

  @Test
  void theTokenNeverShowsInLogsToStringsOrExceptionMessages() throws Exception {
    List<String> supplied = new ArrayList<>(List.of(OLD, NEW));
    TokenProvider rotating = TokenProvider.refreshing(() -> supplied.size() > 1 ? supplied.remove(0) : supplied.get(0));
    ConnectionConfig config = config(server.url("/").toString()).tokenProvider(rotating).build();
    try (RestEmitter emitter = RestEmitter.create(config); RestReader reader = RestReader.create(config)) {
      for (int i = 0; i < 6; i++) {
        assertThat(emitter.emit(mcp("ok" + i)).isAcknowledged()).isTrue();
      }
      List<EmitResult> batch = emitter.emitAll(List.of(mcp("b1"), mcp(FAIL_NAME), mcp("b2")));
      batch.forEach(r -> r.failure().ifPresent(thrown::add));
      assertThat(batch.get(1).isAcknowledged()).isFalse();
      record(() -> emitter.emit(mcp(FAIL_NAME)));
      record(() -> emitter.emitAsync(mcp(FAIL_NAME)).join());
      assertThat(reader.getAspect(URN, Status.TYPE)).isEmpty();
      record(() -> reader.getAspect(DatasetUrn.of("hive", FAIL_NAME), Status.TYPE));
      strings(config, emitter, reader, rotating, batch);
    }

    try (RestEmitter refusedEverywhere = RestEmitter.create(config(server.url("/").toString()).token(OLD).build())) {
      record(() -> refusedEverywhere.emit(mcp("unauthorized")));
    }
    try (RestEmitter unreachable = RestEmitter.create(config(closedPort()).token(NEW).build())) {
      record(() -> unreachable.emit(mcp("unreachable")));
      strings(unreachable);
    }
    try (DataHubClient client = DataHubClient.connect(config(server.url("/").toString()).token(NEW).build())) {
      strings(client, client.emitter(), client.reader());
    }

    assertThat(thrown).hasSizeGreaterThanOrEqualTo(7).allMatch(t -> t instanceof DataHubException);
    for (Throwable t : thrown) {
      assertThat(stackTrace(t)).doesNotContain(SECRET);
    }
    List<String> logged = logged();
    assertThat(logged).as("the capture sees the SDK's debug logging").anyMatch(s -> s.contains("attempt 2"))
        .anyMatch(s -> s.contains("refreshed token"));
    assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
  }

  /** A provider that fails quoting the token, as a JSON parser reading a vault's answer would. */
  @Test
  void aTokenProviderFailureDoesNotQuoteItsMessage() {
    TokenProvider quoting = TokenProvider.refreshing(() -> {
      throw new IllegalStateException("Unrecognized token '" + NEW + "': was expecting JSON");
    });
    try (RestEmitter emitter = RestEmitter.create(config(server.url("/").toString()).tokenProvider(quoting)
        .build())) {
      Throwable e = catchThrowable(() -> emitter.emit(mcp("provider-fails")));

      assertThat(e).isInstanceOf(DataHubException.class).hasMessageContaining("token provider failed")
          .hasMessageContaining("IllegalStateException").hasMessageNotContaining(SECRET);
    }
    assertThat(logged()).allSatisfy(line -> assertThat(line).doesNotContain(SECRET));
  }

  @Test
  void aTokenWithALineBreakIsRefusedWithoutShowingIt() {
    Throwable e = catchThrowable(() -> ConnectionConfig.builder().token(NEW + "\n"));

    assertThat(e).isInstanceOf(InvalidTokenException.class).hasMessageContaining("line break")
        .hasMessageNotContaining(SECRET);
  }

  private void record(Runnable call) {
    Throwable e = catchThrowable(call::run);
    assertThat(e).as("the call fails").isNotNull();
    thrown.add(e instanceof java.util.concurrent.CompletionException ? e.getCause() : e);
  }

  private static void strings(Object... objects) {
    for (Object o : objects) {
      assertThat(String.valueOf(o)).doesNotContain(SECRET);
    }
  }

  private List<String> logged() {
    List<String> out = new ArrayList<>();
    synchronized (records) {
      for (LogRecord r : records) {
        StringBuilder s = new StringBuilder().append(r.getLoggerName()).append(' ').append(r.getMessage());
        if (r.getParameters() != null) {
          for (Object p : r.getParameters()) {
            s.append(' ').append(p);
          }
        }
        if (r.getThrown() != null) {
          s.append(' ').append(stackTrace(r.getThrown()));
        }
        out.add(s.toString());
      }
    }
    return out;
  }

  private static String stackTrace(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  private static MetadataChangeProposal mcp(String name) {
    return MetadataChangeProposal.upsert(DatasetUrn.of("hive", name), Status.of(false));
  }

  private static String closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort();
    }
  }

  private static ConnectionConfig.Builder config(String url) {
    return ConnectionConfig.builder().server(url).deadline(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build());
  }
}
