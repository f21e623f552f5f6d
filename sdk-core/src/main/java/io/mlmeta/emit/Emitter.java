package io.mlmeta.emit;

import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /**
   * Sends the proposals of {@code proposals} as the stream yields them and waits until each has ended; returns how
   * many were acknowledged and the result of each that failed, in order. This is the bulk call for proposals made
   * on the fly, however many: an emitter that batches sends the first batches while the stream is still making the
   * next ones, and keeps no result of a proposal that landed (the REST emitter does; by default the stream is
   * collected, then sent with {@link #emitAll(Collection)}). The stream is read once, in order, on the calling
   * thread, and closed.
   *
   * <p>Since nothing is read ahead, a proposal the emitter cannot carry fails its own result instead of being
   * refused before anything is sent. A null proposal, or an exception from the stream itself, ends the reading:
   * what was read is sent and waited for, then that exception is thrown. So does the emitter's close, or an
   * interruption of the calling thread, since a stream need not end: the summary then counts what was read, the
   * last of it failed with the reason.
   *
   * <pre>{@code
   * EmitSummary summary = emitter.emitAll(models.stream().flatMap(m -> m.toMcps().stream()));
   * summary.failures().forEach(failed -> log.warn("not written: {}", failed));
   * }</pre>
   */
  default EmitSummary emitAll(Stream<MetadataChangeProposal> proposals) {
    Objects.requireNonNull(proposals, "proposals");
    try (proposals) {
      return EmitSummary.of(emitAll(proposals.collect(Collectors.toList())));
    }
  }

  /** Waits until every proposal handed over so far is acknowledged or failed. */
  void flush();

  /** Flushes, bounded by the emitter's deadline, and releases resources. Idempotent. */
  @Override
  void close();
}
