package io.mlmeta.config;

/**
 * How far a write must have gone before the server acknowledges it. On Rest.li {@link #ASYNC} sends
 * {@code "async": "true"}; {@link #SYNC_WAIT} (search index updated too) and {@link #ASYNC_WAIT} (queued, then
 * traced until applied) need the OpenAPI endpoint.
 */
public enum EmitMode {
  /** The server writes primary storage before answering; search catches up later. The default. */
  SYNC_PRIMARY,
  /** The server writes primary storage and the search index before answering (OpenAPI endpoint only). */
  SYNC_WAIT,
  /** The server queues the write and answers at once. */
  ASYNC,
  /**
   * The server queues the write ({@code ?async=true}) and answers at once; the emitter then polls DataHub's trace
   * API ({@code POST /openapi/v1/trace/write/{traceId}}, the trace id from the answer's {@code traceparent} header)
   * until primary storage and the search index both say the write is no longer {@code PENDING}, and only then
   * completes the proposal's result: acknowledged, or failed with a
   * {@link io.mlmeta.error.DataHubTraceException} naming the storage that failed and the server's error. The wait is
   * bounded by {@link ConnectionConfig#deadline()}, counted from the write's acknowledgement.
   *
   * <p>Needs the OpenAPI endpoint ({@link ConnectionConfig.Builder#build()} refuses it with Rest.li) and a server
   * with the trace API: DataHub 1.0.1 or newer, DataHub Cloud 0.3.11 or newer. A {@code RestEmitter} with this mode
   * asks {@code GET /config} when it is created and refuses a server that does not say such a version. Conditional
   * writes still go synchronously over Rest.li (see {@link Endpoint#OPENAPI}) and need no trace.
   */
  ASYNC_WAIT;

  /** Whether the server is asked to queue the write. */
  public boolean isAsync() {
    return this == ASYNC || this == ASYNC_WAIT;
  }
}
