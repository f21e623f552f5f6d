package io.mlmeta.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A schema registry on MockWebServer that answers {@code POST /subjects/{subject}/versions} with
 * {@code {"id": <id>}}, as Confluent's REST API and GMS's built-in registry do (upstream
 * metadata-service/schema-registry-servlet, SchemaRegistryController.register), and {@code GET /schemas/ids/{id}}
 * with {@code {"schema": "<avsc>", "schemaType": "AVRO"}} (Confluent's API; GMS's SchemaRegistryController.getSchema
 * in the same servlet) for the schemas put in {@link #schemasById}; anything else is
 * 404.
 */
final class MockRegistry extends Dispatcher {
  final int id;
  final AtomicInteger registrations = new AtomicInteger();
  final AtomicInteger lookups = new AtomicInteger();
  final Map<Integer, String> schemasById = new ConcurrentHashMap<>();

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
    if ("GET".equals(request.getMethod()) && request.getPath() != null
        && request.getPath().matches(".*/schemas/ids/[0-9]+")) {
      lookups.incrementAndGet();
      String path = request.getPath();
      String schema = schemasById.get(Integer.valueOf(path.substring(path.lastIndexOf('/') + 1)));
      if (schema != null) {
        return new MockResponse().setHeader("Content-Type", "application/vnd.schemaregistry.v1+json")
            .setBody(new ObjectMapper().createObjectNode().put("schema", schema).put("schemaType", "AVRO")
            .toString());
      }
      return new MockResponse().setResponseCode(404)
          .setBody("{\"error_code\":40403,\"message\":\"Schema not found\"}");
    }
    return new MockResponse().setResponseCode(404).setBody("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}");
  }
}
