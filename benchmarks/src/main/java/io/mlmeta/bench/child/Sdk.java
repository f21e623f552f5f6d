package io.mlmeta.bench.child;

/**
 * One SDK as the benchmark drives it; every call builds proposal number {@code i} itself (see
 * {@link io.mlmeta.bench.Payload}), so building is part of what is measured. Implementations live in packages that
 * only their own SDK's classpath can load.
 */
public interface Sdk extends AutoCloseable {
  /** Builds proposal {@code i}, sends it and waits for the acknowledgement; throws if it is not acknowledged. */
  void emitSync(int i) throws Exception;

  /** Builds proposal {@code i} and hands it to the SDK's asynchronous path; {@code tally} learns the outcome. */
  void emitAsync(int i, Tally tally) throws Exception;

  /**
   * Builds proposals {@code from} (inclusive) to {@code to} (exclusive), sends them as a batch; the acknowledged count.
   */
  int emitAll(int from, int to) throws Exception;

  /**
   * Builds proposal {@code i} and serializes it into the HTTP request body the SDK would send, in the form it hands
   * to its HTTP client, without sending; returns the body's length in bytes.
   */
  long buildAndSerialize(int i) throws Exception;

  /** Flushes and releases the SDK's resources. */
  @Override
  void close() throws Exception;
}
