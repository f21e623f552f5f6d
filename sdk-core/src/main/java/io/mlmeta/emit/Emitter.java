package io.mlmeta.emit;

import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends {@link MetadataChangeProposal}s to DataHub, or to another sink such as a file or the local store.
 *
 * <p>Delivery is honest: every proposal handed to an emitter ends acknowledged or reported failed, through an
 * exception ({@link #emit}), a failed future ({@link #emitAsync}) or a failed {@link EmitResult}
 * ({@link #emitAll}). {@link #close()} waits for pending work (bounded by the emitter's deadline); after it, every
 * emit method throws {@link IllegalStateException}. Emitters are thread-safe.
 *
 * <pre>{@code
 * try (Emitter emitter = RestEmitter.fromEnv()) {
 *   emitter.emit(MetadataChangeProposal.upsert(modelUrn, Status.of(false)));
 * }
 * }</pre>
 */
public interface Emitter extends AutoCloseable {
  /**
   * Sends one proposal and waits for its acknowledgement.
   *
   * @throws io.mlmeta.error.DataHubException if it was not acknowledged
   */
  EmitResult emit(MetadataChangeProposal proposal);

  /** Sends one proposal without waiting; the future completes with the result or fails with a DataHubException. */
  CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal);

  /**
   * Sends many proposals (in batches where the sink supports it) and waits; returns one result per proposal, in
   * order. Failures are reported in the results, not thrown.
   */
  List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals);

  /** Waits until every proposal handed over so far is acknowledged or failed. */
  void flush();

  /** Flushes, bounded by the emitter's deadline, and releases resources. Idempotent. */
  @Override
  void close();
}
