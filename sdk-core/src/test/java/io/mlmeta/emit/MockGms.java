package io.mlmeta.emit;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.Golden;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.DatasetUrn;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Shared fixtures for emitter tests against a MockWebServer standing in for GMS. */
final class MockGms {
  static final String SUCCESS = "{\"value\":\"success\"}";

  private MockGms() {}

  /** A MockWebServer without Nagle's delay; see {@link MockServers#noDelay()}. */
  static MockWebServer server() {
    return MockServers.noDelay();
  }

  /** A config for {@code server} with tiny backoffs and short timeouts, so retry tests stay fast. */
  static ConnectionConfig.Builder config(MockWebServer server) {
    return ConnectionConfig.builder()
        .server(server.url("/").toString())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(2))
        .deadline(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
            .build());
  }

  /** A dispatcher answering every request with success after {@code millis}. */
  static Dispatcher answeringAfter(long millis) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        Thread.sleep(millis);
        return ok();
      }
    };
  }

  static MockResponse ok() {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(SUCCESS);
  }

  static MockResponse status(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  /** A Rest.li error body as GMS sends it; see {@link MockServers#restliError}. */
  static String restliError(int status, String message) {
    return MockServers.restliError(status, message);
  }

  static DatasetUrn dataset(String name) {
    return DatasetUrn.of("hive", name);
  }

  static MetadataChangeProposal status(String name) {
    return MetadataChangeProposal.upsert(dataset(name), Status.of(false));
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the server");
    }
    return request;
  }

  static JsonNode body(RecordedRequest request) {
    return Golden.parse(request.getBody().readUtf8());
  }
}
