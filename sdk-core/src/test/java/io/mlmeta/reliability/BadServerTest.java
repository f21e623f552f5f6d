package io.mlmeta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.RestReader;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.DatasetUrn;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that misbehave: too slow, silent mid-run, absent, unresolvable, answering text, HTML or an unexpected
 * 200. The emitter and the reader each end with a typed exception (or, for the emitter, an acknowledgement of a
 * 2xx JSON answer, as documented) well within a bound, never hanging.
 */
class BadServerTest {
  private static final Duration NEVER_HANG = Duration.ofSeconds(15);
  private static final DatasetUrn URN = DatasetUrn.of("hive", "bad-server");
  private static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(URN, Status.of(false));
  private static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

  private final MockWebServer server = MockServers.noDelay();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aServerSlowerThanTheReadTimeoutIsATransportFailure() {
    server.setDispatcher(always(ok().setHeadersDelay(600, TimeUnit.MILLISECONDS)));
    ConnectionConfig config = config(server.url("/").toString()).build();

    expectFromBoth(config, DataHubTransportException.class, "SocketTimeoutException");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aServerThatStopsAnsweringMidRunFailsTheRestWithoutHanging() {
    AtomicInteger answered = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answered.incrementAndGet() <= 3 ? ok() : new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
      }
    });
    try (RestEmitter emitter = RestEmitter.create(config(server.url("/").toString()).build())) {
      assertTimeoutPreemptively(NEVER_HANG, () -> {
        for (int i = 0; i < 3; i++) {
          assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
        }
        assertThatFails(() -> emitter.emit(MCP), DataHubTransportException.class, "SocketTimeoutException");
        List<EmitResult> batch = emitter.emitAll(List.of(MCP, MCP, MCP));
        assertThat(batch).noneMatch(EmitResult::isAcknowledged);
        assertThat(batch.get(0).failure()).get().isInstanceOf(DataHubTransportException.class);
      });
    }
    try (RestReader reader = RestReader.create(config(server.url("/").toString()).build())) {
      assertTimeoutPreemptively(NEVER_HANG, () ->
          assertThatFails(() -> reader.getAspect(URN, Status.TYPE), DataHubTransportException.class,
              "SocketTimeoutException"));
    }
  }

  @Test
  void aServerThatCutsTheAnswerShortIsRetriedThenATransportFailure() {
    server.setDispatcher(always(ok().setBody("{\"value\":\"success\"}" + " ".repeat(4096))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)));

    expectFromBoth(config(server.url("/").toString()).build(), DataHubTransportException.class, "attempt");
  }

  @Test
  void aRefusedConnectionIsATransportFailureThatSaysNothingLanded() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    ConnectionConfig config = config("http://127.0.0.1:" + port).build();

    expectFromBoth(config, DataHubTransportException.class, "ConnectException");
    try (RestEmitter emitter = RestEmitter.create(config)) {
      assertThatFails(() -> emitter.emit(MCP), DataHubTransportException.class, "did not reach the server");
    }
  }

  /**
   * An unknown host, without any DNS traffic: the caller's client resolves through a {@code Dns} that knows no
   * host, as the system resolver answers for {@code .invalid} (RFC 6761). The system resolver is not used.
   */
  @Test
  void anUnknownHostIsATransportFailureNamingTheHost() {
    OkHttpClient noDns = new OkHttpClient.Builder().dns(host -> {
      throw new UnknownHostException(host + ": no such host (test resolver)");
    }).build();
    ConnectionConfig config = config("http://nonexistent.invalid:8080").httpClient(noDns).build();

    expectFromBoth(config, DataHubTransportException.class, "nonexistent.invalid");
  }

  @Test
  void anErrorWhoseBodyIsNotJsonCarriesTheBodyText() {
    server.setDispatcher(always(new MockResponse().setResponseCode(500).setHeader("Content-Type", "text/plain")
        .setBody("Internal failure: disk full on /var/lib/gms")));

    expectFromBoth(config(server.url("/").toString()).build(), DataHubServerException.class, "disk full");
  }

  @Test
  void aProxysHtml502IsRetriedThenAServerErrorNamingIt() {
    server.setDispatcher(always(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody(BAD_GATEWAY)));

    DataHubServerException e = expectFromBoth(config(server.url("/").toString()).build(),
        DataHubServerException.class, "502 Bad Gateway");
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void aTwoHundredHtmlPageIsNotAnAcknowledgement() {
    server.setDispatcher(always(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/html")
        .setBody("<!DOCTYPE html><html><head><title>Sign in</title></head><body>SSO</body></html>")));

    DataHubServerException e = expectFromBoth(config(server.url("/").toString()).build(),
        DataHubServerException.class, "HTML page");
    assertThat(e.getMessage()).contains("Sign in");
    try (RestEmitter emitter = RestEmitter.create(config(server.url("/").toString()).build())) {
      assertThat(emitter.emitAll(List.of(MCP, MCP))).noneMatch(EmitResult::isAcknowledged);
    }
  }

  @Test
  void aRedirectToALoginPageIsNotAnAcknowledgement() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getPath().startsWith("/login") ? new MockResponse().setResponseCode(200)
            .setHeader("Content-Type", "text/html").setBody("<html><title>Log in</title></html>")
            : new MockResponse().setResponseCode(302).setHeader("Location", "/login?next=/aspects");
      }
    });

    expectFromBoth(config(server.url("/").toString()).build(), DataHubServerException.class, "HTML page");
  }

  @Test
  void anAnswerThatIsNotHttpIsATransportFailure() {
    server.setDispatcher(always(new MockResponse().setStatus("SSH-2.0-OpenSSH_9.6")));

    expectFromBoth(config(server.url("/").toString()).build(), DataHubTransportException.class,
        "ProtocolException");
  }

  /** GMS acknowledges with {@code {"value": "success"}}; any other 2xx JSON or text is still an acknowledgement. */
  @Test
  void theEmitterTakesAnyOtherTwoHundredAsAnAcknowledgement() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody("{\"unexpected\": true}"));
    server.enqueue(new MockResponse().setResponseCode(200).setBody("not json at all"));
    server.enqueue(new MockResponse().setResponseCode(204));
    try (RestEmitter emitter = RestEmitter.create(config(server.url("/").toString()).build())) {
      for (int i = 0; i < 3; i++) {
        assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
      }
    }
  }

  @Test
  void theReaderRefusesATwoHundredOfTheWrongShapeWithAServerError() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.startsWith("/relationships")) {
          return ok().setBody("{\"start\":0,\"count\":1,\"total\":1,\"relationships\":[{\"type\":\"DeployedTo\","
              + "\"entity\":\"not a urn\"}]}");
        }
        if (path.startsWith("/aspects/")) {
          return ok().setBody("{\"unexpected\": true}");
        }
        return ok().setBody(path.contains("Status") ? "[1,2,3]" : "{\"urn\":\"x\"}");
      }
    });
    try (RestReader reader = RestReader.create(config(server.url("/").toString()).build())) {
      assertTimeoutPreemptively(NEVER_HANG, () -> {
        assertThatFails(() -> reader.getAspect(URN, Status.TYPE), DataHubServerException.class, "shape");
        assertThatFails(() -> reader.getEntity(URN), DataHubServerException.class, "aspects");
        assertThatFails(() -> reader.relationships(URN, Set.of("DeployedTo"), RelationshipDirection.OUTGOING)
            .collect(Collectors.toList()), DataHubServerException.class, "not a urn");
      });
    }
  }

  @Test
  void theReaderRefusesATwoHundredThatIsNotJson() {
    server.setDispatcher(always(ok().setBody("this is not json")));
    try (RestReader reader = RestReader.create(config(server.url("/").toString()).build())) {
      assertThatFails(() -> reader.getEntity(URN), DataHubServerException.class, "not JSON");
    }
  }

  /**
   * Regression: a Retry-After too large for a nanosecond count (about 3,000 years, or an HTTP date in year 9999)
   * threw inside OkHttp's callback (on a 503 already in OkHttp's own parser), so the request's future never
   * completed. Now the wait runs into the deadline and the emit fails with the last answer.
   */
  @Test
  void anAbsurdRetryAfterEndsWithTheLastAnswerInsteadOfHanging() {
    for (int status : new int[] {429, 503}) {
      for (String retryAfter : List.of("99999999999", "Fri, 31 Dec 9999 23:59:59 GMT")) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Retry-After", retryAfter)
            .setBody(MockServers.restliError(status, "come back much later")));
        try (RestEmitter emitter = RestEmitter.create(config(server.url("/").toString()).build())) {
          DataHubTransportException e = assertTimeoutPreemptively(NEVER_HANG,
              () -> assertThatFails(() -> emitter.emit(MCP), DataHubTransportException.class, "deadline"));
          assertThat(e).hasMessageContaining("come back much later").hasMessageContaining("HTTP " + status);
          assertThat(e.attempts()).isEqualTo(1);
        }
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  /** Regression: OkHttp repeated a 503 with {@code Retry-After: 0} by itself, behind the retry policy. */
  @Test
  void aServiceUnavailableWithRetryAfterZeroIsRepeatedOnlyByThePolicy() {
    server.setDispatcher(always(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0")
        .setBody(MockServers.restliError(503, "busy"))));
    try (RestEmitter once = RestEmitter.create(config(server.url("/").toString()).retryPolicy(RetryPolicy.none())
        .build())) {
      DataHubServerException e = assertThatFails(() -> once.emit(MCP), DataHubServerException.class, "busy");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
    try (RestEmitter twice = RestEmitter.create(config(server.url("/").toString()).build())) {
      assertThat(assertThatFails(() -> twice.emit(MCP), DataHubServerException.class, "busy").attempts())
          .isEqualTo(2);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  /** Runs the emitter's emit and the reader's getAspect against {@code config}; both must fail the same way. */
  private static <T extends Throwable> T expectFromBoth(ConnectionConfig config, Class<T> type, String fragment) {
    try (RestEmitter emitter = RestEmitter.create(config); RestReader reader = RestReader.create(config)) {
      return assertTimeoutPreemptively(NEVER_HANG, () -> {
        assertThatFails(() -> emitter.emit(MCP), type, fragment);
        return assertThatFails(() -> reader.getAspect(URN, Status.TYPE), type, fragment);
      });
    }
  }

  private static <T extends Throwable> T assertThatFails(ThrowingCallable call, Class<T> type, String fragment) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(type).hasMessageContaining(fragment);
    return type.cast(thrown);
  }

  private static ConnectionConfig.Builder config(String url) {
    return ConnectionConfig.builder().server(url)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofMillis(200))
        .writeTimeout(Duration.ofSeconds(1))
        .deadline(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5)).build());
  }

  private static MockResponse ok() {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody("{\"value\":\"success\"}");
  }

  private static Dispatcher always(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response.clone();
      }
    };
  }
}
