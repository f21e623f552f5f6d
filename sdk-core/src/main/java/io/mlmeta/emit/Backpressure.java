package io.mlmeta.emit;

/** What {@link RestEmitter#emitAsync} does when {@link RestEmitterConfig#maxInFlight()} requests are under way. */
public enum Backpressure {
  /** Wait until a request finishes. The default. */
  BLOCK,
  /** Throw {@link java.util.concurrent.RejectedExecutionException} at once. */
  REJECT
}
