package io.mlmeta.config;

import io.mlmeta.emit.RestEmitter;

/**
 * What {@link RestEmitter#emitAsync} does when it cannot take another proposal: with
 * {@link ConnectionConfig#asyncBatching()} (the default) when {@link ConnectionConfig#batchMaxProposals()}
 * proposals already wait for the requests under way; without it when {@link ConnectionConfig#maxInFlight()} requests
 * are under way.
 */
public enum Backpressure {
  /** Wait until a request finishes. The default. */
  BLOCK,
  /** Throw {@link java.util.concurrent.RejectedExecutionException} at once. */
  REJECT
}
