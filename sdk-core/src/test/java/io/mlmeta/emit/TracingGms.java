package io.mlmeta.emit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher standing in for a GMS that traces asynchronous writes: {@code GET /config} with its
 * version, OpenAPI v3 and Rest.li writes answered 200 with a W3C {@code traceparent} header, and the trace API
 * answering from a queue (the last answer repeats). The shapes follow upstream datahub-project/datahub:
 * {@code docs/advanced/api-tracing.md} (header and trace answers), {@code
 * metadata-service/openapi-servlet/models/.../v1/models/TraceStatus.java} and {@code TraceStorageStatus.java}.
 */
final class TracingGms extends Dispatcher {
  /** The trace id of {@code docs/advanced/api-tracing.md}'s header example. */
  static final String TRACE_ID = "00062c53a468cbd8077e7dd079846870";
  static final String TRACEPARENT = "00-" + TRACE_ID + "-9199effb49910b4e-01";

  volatile String version = "v1.0.1";
  volatile String serverEnv = "core";
  /** The header on write answers; null: none. */
  volatile String traceparent = TRACEPARENT;
  private final Deque<MockResponse> traceAnswers = new ArrayDeque<>();
  final List<RecordedRequest> writes = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> polls = new CopyOnWriteArrayList<>();
  final List<Long> pollNanos = new CopyOnWriteArrayList<>();

  /** Queues the trace API's next answer: 200 with {@code json}. */
  TracingGms thenTrace(String json) {
    return thenTrace(MockGms.status(200, json));
  }

  synchronized TracingGms thenTrace(MockResponse answer) {
    traceAnswers.addLast(answer);
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getPath();
    if (path.equals("/config")) {
      return MockGms.status(200, "{\"noCode\": \"true\", \"patchCapable\": true, \"versions\": {\"acryldata/datahub\":"
          + " {\"version\": \"" + version + "\", \"commit\": \"abc123\"}}, \"datahub\": {\"serverType\": "
          + "\"quickstart\", \"serverEnv\": \"" + serverEnv + "\"}}");
    }
    if (path.startsWith("/openapi/v1/trace/write/")) {
      polls.add(request);
      pollNanos.add(System.nanoTime());
      return nextTraceAnswer();
    }
    writes.add(request);
    MockResponse ok = path.startsWith("/openapi/v3/") ? MockGms.status(200, "[]") : MockGms.ok();
    return traceparent == null ? ok : ok.setHeader("traceparent", traceparent);
  }

  private synchronized MockResponse nextTraceAnswer() {
    if (traceAnswers.isEmpty()) {
      return MockGms.status(500, "no trace answer queued");
    }
    return traceAnswers.size() > 1 ? traceAnswers.pollFirst() : traceAnswers.peekFirst();
  }

  /** The trace API's answer for one aspect, as {@code TraceStatus} serializes (writeStatus only). */
  static String status(String urn, String aspect, boolean success, String primary, String search) {
    return "{\"" + urn + "\": {" + aspectStatus(aspect, success, primary, search) + "}}";
  }

  /** One aspect's entry of a trace answer: {@code "<aspect>": {"success": ..., "primaryStorage": ...}}. */
  static String aspectStatus(String aspect, boolean success, String primary, String search) {
    return "\"" + aspect + "\": {\"success\": " + success + ", \"primaryStorage\": {\"writeStatus\": \"" + primary
        + "\"}, \"searchStorage\": {\"writeStatus\": \"" + search + "\"}}";
  }
}
