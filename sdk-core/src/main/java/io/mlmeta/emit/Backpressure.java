package io.mlmeta.emit;

/**
 * What {@link RestEmitter#emitAsync} does when it cannot take another proposal: with
 * {@link RestEmitterConfig#asyncBatching()} (the default) when {@link RestEmitterConfig#batchMaxProposals()}
 * proposals already wait for the requests under way; without it when {@link RestEmitterConfig#maxInFlight()} requests
 * are under way.
 */
public enum Backpressure {
  /** Wait until a request finishes. The default. */
  BLOCK,
  /** Throw {@link java.util.concurrent.RejectedExecutionException} at once. */
  REJECT
}
