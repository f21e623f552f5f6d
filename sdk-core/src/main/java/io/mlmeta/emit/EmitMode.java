package io.mlmeta.emit;

/**
 * How far a write must have gone before the server acknowledges it. On Rest.li the asynchronous modes send
 * {@code "async": "true"}; {@link #SYNC_WAIT} (search index updated too) needs the OpenAPI endpoint.
 */
public enum EmitMode {
  /** The server writes primary storage before answering; search catches up later. The default. */
  SYNC_PRIMARY,
  /** The server writes primary storage and the search index before answering (OpenAPI endpoint only). */
  SYNC_WAIT,
  /** The server queues the write and answers at once. */
  ASYNC,
  /** The server queues the write; the client then waits until it is applied (needs server-side tracing). */
  ASYNC_WAIT;

  /** Whether the server is asked to queue the write. */
  public boolean isAsync() {
    return this == ASYNC || this == ASYNC_WAIT;
  }
}
