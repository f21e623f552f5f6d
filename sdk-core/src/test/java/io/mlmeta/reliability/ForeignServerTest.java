package io.mlmeta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.entity.EntityNotFoundException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.RestReader;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.DatasetUrn;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK pointed at an HTTP server that is not GMS ({@code python3 -m http.server}, answered here as Python 3.11
 * answers: HTML error pages, 404 on GET, 501 on POST): every read, write and {@code testConnection} says that the
 * server does not look like GMS, never that an entity is absent; GMS's own 404 still means "absent".
 */
class ForeignServerTest {
  private static final DatasetUrn URN = DatasetUrn.of("hive", "foreign");
  private static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(URN, Status.of(false));
  private static final String NOT_GMS = "does not look like DataHub GMS";

  private final MockWebServer server = MockServers.noDelay();

  @BeforeEach
  void start() throws IOException {
    server.setDispatcher(new PythonHttpServer());
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void readsSayTheServerIsNotGmsInsteadOfAbsent() {
    try (RestReader reader = RestReader.create(config())) {
      for (Runnable read : List.<Runnable>of(() -> reader.getAspect(URN, Status.TYPE),
          () -> reader.getVersionedAspect(URN, Status.TYPE), () -> reader.getEntity(URN), () -> reader.exists(URN),
          () -> reader.relationships(URN, Set.of("DownstreamOf"), RelationshipDirection.OUTGOING)
              .collect(Collectors.toList()))) {
        DataHubServerException e = catchThrowableOfType(DataHubServerException.class, read::run);

        assertThat(e).as("a read from a server that is not GMS").isNotNull();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).contains(NOT_GMS, "Server: SimpleHTTP/0.6 Python/3.11.7", "http://<host>:8080",
            "/api/gms", "this 404 does not mean that the entity is absent").doesNotContain("<html", "<p>");
      }
    }
  }

  @Test
  void theEntityClientDoesNotSayTheEntityDoesNotExist() {
    try (DataHubClient client = DataHubClient.connect(config())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class,
          () -> client.entities().get(URN));

      assertThat(e).isNotNull().isNotInstanceOf(EntityNotFoundException.class);
      assertThat(e.getMessage()).contains(NOT_GMS).doesNotContain("does not exist");
    }
  }

  @Test
  void aWriteSaysTheServerIsNotGmsWithoutDumpingTheHtml() {
    try (RestEmitter emitter = RestEmitter.create(config())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class, () -> emitter.emit(MCP));

      assertThat(e.status()).isEqualTo(501);
      assertThat(e.getMessage())
          .startsWith("POST /aspects?action=ingestProposal failed with HTTP 501 after 1 attempt (" + URN
              + ", aspect status): the server " + NOT_GMS)
          .contains("http://<host>:8080", "Message: Unsupported method ('POST')")
          .doesNotContain("<!DOCTYPE", "<html", "entity is absent");
    }
  }

  @Test
  void aBatchIsNotNarrowedDownAgainstAServerThatIsNotGms() {
    try (RestEmitter emitter = RestEmitter.create(config())) {
      List<EmitResult> results = emitter.emitAll(List.of(MCP, MCP, MCP, MCP));

      assertThat(results).noneMatch(EmitResult::isAcknowledged);
      assertThat(results.get(0).failure()).get().asString().contains(NOT_GMS);
    }
    assertThat(server.getRequestCount()).as("one batch request, not split").isEqualTo(1);
  }

  @Test
  void testConnectionSaysTheServerIsNotGmsAndSuggestsTheGmsUrl() {
    try (RestEmitter emitter = RestEmitter.create(config())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class, emitter::testConnection);

      assertThat(e.getMessage()).startsWith("GET /config failed with HTTP 404 after 1 attempt: the server " + NOT_GMS)
          .contains("http://<host>:8080", "https://<host>/api/gms").doesNotContain("<html");
    }
  }

  @Test
  void aNginxStyle405WithoutRestliHeadersIsNotGmsEither() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setResponseCode(405).setHeader("Server", "nginx/1.25.3")
            .setHeader("Content-Type", "text/html").setBody("<html>\r\n<head><title>405 Not Allowed</title></head>"
                + "\r\n<body>\r\n<center><h1>405 Not Allowed</h1></center>\r\n</body>\r\n</html>\r\n");
      }
    });
    try (RestEmitter emitter = RestEmitter.create(config())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class, () -> emitter.emit(MCP));

      assertThat(e.getMessage()).contains(NOT_GMS, "Server: nginx/1.25.3", "405 Not Allowed");
    }
  }

  @Test
  void gmssOwn404IsStillAnAbsentAspectWithItsHeadersOrItsErrorBody() {
    server.setDispatcher(new Dispatcher() {
      private int n;

      @Override
      public synchronized MockResponse dispatch(RecordedRequest request) {
        n++;
        if (n == 1) {
          // GMS's Rest.li answer: its headers, and its error body.
          return new MockResponse().setResponseCode(404).setHeader("X-RestLi-Protocol-Version", "2.0.0")
              .setHeader("X-RestLi-Error-Response", "true").setHeader("Content-Type", "application/json")
              .setBody(MockServers.restliError(404, "Not Found"));
        }
        if (n == 2) {
          // Rest.li's minimal error answer: only the headers.
          return new MockResponse().setResponseCode(404).setHeader("X-RestLi-Protocol-Version", "2.0.0")
              .setHeader("X-RestLi-Error-Response", "true");
        }
        // A proxy that drops the headers still passes GMS's error body on.
        return new MockResponse().setResponseCode(404).setBody(MockServers.restliError(404, "Not Found"));
      }
    });
    try (RestReader reader = RestReader.create(config())) {
      assertThat(reader.getAspect(URN, Status.TYPE)).isEmpty();
      assertThat(reader.getEntity(URN)).isEmpty();
      assertThat(reader.exists(URN)).isFalse();
    }
  }

  private ConnectionConfig config() {
    return ConnectionConfig.builder().server(server.url("/").toString()).deadline(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
            .build())
        .build();
  }

  /** Answers as {@code python3 -m http.server} 3.11 does in an empty directory: 404 to GET, 501 to POST. */
  static final class PythonHttpServer extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
      return get ? page(404, "File not found", "Nothing matches the given URI")
          : page(501, "Unsupported method ('" + request.getMethod() + "')", "Server does not support this operation");
    }

    private static MockResponse page(int code, String message, String explain) {
      String body = "<!DOCTYPE HTML>\n<html lang=\"en\">\n    <head>\n        <meta charset=\"utf-8\">\n"
          + "        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n"
          + "        <p>Error code: " + code + "</p>\n        <p>Message: " + message + ".</p>\n"
          + "        <p>Error code explanation: " + code + " - " + explain + ".</p>\n    </body>\n</html>\n";
      return new MockResponse().setStatus("HTTP/1.0 " + code + " " + message)
          .setHeader("Server", "SimpleHTTP/0.6 Python/3.11.7").setHeader("Connection", "close")
          .setHeader("Content-Type", "text/html;charset=utf-8").setBody(body);
    }
  }
}
