package io.mlmeta.kafka;

import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A schema registry on MockWebServer that answers {@code POST /subjects/{subject}/versions} with
 * {@code {"id": <id>}}, as Confluent's REST API and GMS's built-in registry do (upstream
 * metadata-service/schema-registry-servlet, SchemaRegistryController.register); anything else is 404.
 */
final class MockRegistry extends Dispatcher {
  final int id;
  final AtomicInteger registrations = new AtomicInteger();

  MockRegistry(int id) {
    this.id = id;
  }

  /** A started server answering with this registry. */
  static MockWebServer server(int id) {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new MockRegistry(id));
    return server;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if ("POST".equals(request.getMethod()) && request.getPath() != null
        && request.getPath().matches(".*/subjects/[^/]+/versions")) {
      registrations.incrementAndGet();
      return new MockResponse().setHeader("Content-Type", "application/vnd.schemaregistry.v1+json")
          .setBody("{\"id\":" + id + "}");
    }
    return new MockResponse().setResponseCode(404).setBody("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
  }
}
