package io.mlmeta.config;

/**
 * How far a write must have gone before the server acknowledges it. On Rest.li {@link #ASYNC} sends
 * {@code "async": "true"}; {@link #SYNC_WAIT} (search index updated too) needs the OpenAPI endpoint. DataHub's
 * fourth mode, {@code ASYNC_WAIT} (queued, then traced until applied), needs the server's write-tracing API, which
 * this SDK does not implement yet.
 */
public enum EmitMode {
  /** The server writes primary storage before answering; search catches up later. The default. */
  SYNC_PRIMARY,
  /** The server writes primary storage and the search index before answering (OpenAPI endpoint only). */
  SYNC_WAIT,
  /** The server queues the write and answers at once. */
  ASYNC;

  /** Whether the server is asked to queue the write. */
  public boolean isAsync() {
    return this == ASYNC;
  }
}
