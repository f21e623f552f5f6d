package io.mlmeta.emit;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.http.BatchSender;
import io.mlmeta.internal.http.Chunker;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.IngestRequests;
import io.mlmeta.internal.http.ItemOutcome;
import io.mlmeta.internal.http.PendingWork;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.internal.http.WireItem;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link RestEmitter#emitAll} call: stamp, encode and chunk the proposals, sending each batch once full, and
 * collect one result each.
 */
final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  private final List<MetadataChangeProposal> input;
  private final IngestRequests requests;
  private final BatchSender batches;
  private final Semaphore inFlight;
  private final PendingWork pending;
  private final ConnectionConfig config;
  private final AtomicReferenceArray<EmitResult> results;
  private final Runnable slotFreed;
  private DataHubException notSent;

  BatchRun(List<MetadataChangeProposal> input, IngestRequests requests, BatchSender batches, Semaphore inFlight,
      PendingWork pending, ConnectionConfig config, Runnable slotFreed) {
    this.slotFreed = slotFreed;
    this.input = input;
    this.requests = requests;
    this.batches = batches;
    this.inFlight = inFlight;
    this.pending = pending;
    this.config = config;
    this.results = new AtomicReferenceArray<>(input.size());
  }

  /**
   * Stamps, encodes and size-checks the proposals one by one, handing each to its chunker and sending each batch as
   * soon as it is full, so that encoding overlaps sending and only the batches under way hold encoded bytes.
   */
  List<EmitResult> run() {
    List<CompletableFuture<?>> sent = new ArrayList<>();
    Map<String, Chunker<WireItem>> open = new LinkedHashMap<>();
    long now = System.currentTimeMillis();
    for (int i = 0; i < input.size(); i++) {
      if (notSent != null) {
        results.set(i, EmitResult.failed(input.get(i), 0, notSent));
        continue;
      }
      WireItem item = encode(i, now);
      if (item == null) {
        continue;
      }
      List<WireItem> full = open.computeIfAbsent(requests.batchKey(item.mcp()), k -> new Chunker<>(
          w -> w.bytes().length, config.batchMaxProposals(), config.batchMaxBytes(), requests.batchOverhead(),
          requests.batchSeparator())).add(item);
      if (full != null) {
        dispatch(full, sent);
      }
    }
    for (Chunker<WireItem> chunker : open.values()) {
      List<WireItem> last = chunker.finish();
      if (last != null) {
        dispatch(last, sent);
      }
    }
    for (CompletableFuture<?> f : sent) {
      f.join();
    }
    List<EmitResult> out = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      out.add(results.get(i));
    }
    return out;
  }

  /**
   * Proposal {@code i} stamped and encoded, or null once its failed result is set: it could not be encoded, or it
   * is above {@link ConnectionConfig#maxProposalBytes()} (then nothing of it is sent).
   */
  private WireItem encode(int i, long now) {
    MetadataChangeProposal stamped = Stamp.stamp(input.get(i), now);
    WireItem item;
    try {
      item = new WireItem(i, stamped, requests.encode(stamped));
    } catch (RuntimeException e) {
      results.set(i, EmitResult.failed(input.get(i), 0, new DataHubException("could not encode "
          + stamped.entityUrn() + " " + stamped.aspectName() + ": " + e.getMessage(), e)));
      return null;
    }
    try {
      RestEmitter.checkSize(stamped, item.bytes().length + requests.batchOverhead(), config);
    } catch (IllegalArgumentException tooLarge) {
      results.set(i, EmitResult.failed(input.get(i), 0, new DataHubException(tooLarge.getMessage(), tooLarge)));
      return null;
    }
    if (item.bytes().length + requests.batchOverhead() > config.batchMaxBytes()) {
      LOG.warn("{} {} is {} bytes, above batchMaxBytes {}; sending it alone", stamped.entityUrn(),
          stamped.aspectName(), item.bytes().length, config.batchMaxBytes());
    }
    return item;
  }

  /** Sends {@code chunk} once a slot is free; after an interruption, fails it unsent instead. */
  private void dispatch(List<WireItem> chunk, List<CompletableFuture<?>> sent) {
    if (notSent == null) {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        notSent = new DataHubException("interrupted before the batch was sent", e);
      }
    }
    if (notSent != null) {
      for (WireItem item : chunk) {
        results.compareAndSet(item.index(), null, EmitResult.failed(input.get(item.index()), 0, notSent));
      }
      return;
    }
    sent.add(send(chunk));
  }

  /** Sends one chunk; the returned future completes (never fails) once every item of the chunk has its result. */
  private CompletableFuture<?> send(List<WireItem> chunk) {
    HttpCall call = requests.batchTarget(chunk.get(0).mcp());
    CompletableFuture<Void> done = batches.send(chunk).thenAccept(outcomes -> {
      for (ItemOutcome o : outcomes) {
        MetadataChangeProposal proposal = input.get(o.item().index());
        EmitResult result = o.outcome().isSuccess()
            ? EmitResult.acknowledged(proposal, o.attempts())
            : EmitResult.failed(proposal, o.attempts(), Failures.toException(o.outcome(), o.call()));
        results.compareAndSet(o.item().index(), null, result);
      }
    });
    pending.track(done, () -> RestEmitter.closedFailure(call));
    return done.handle((r, closedMeanwhile) -> {
      inFlight.release();
      slotFreed.run();
      for (WireItem item : chunk) {
        if (results.get(item.index()) == null) {
          HttpCall about = call.about(item.mcp().entityUrn().toString(), item.mcp().aspectName());
          results.compareAndSet(item.index(), null,
              EmitResult.failed(input.get(item.index()), 0, RestEmitter.closedFailure(about)));
        }
      }
      return null;
    });
  }
}
