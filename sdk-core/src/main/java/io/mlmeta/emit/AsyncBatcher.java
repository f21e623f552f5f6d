package io.mlmeta.emit;

import io.mlmeta.config.Backpressure;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.http.BatchSender;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpSender;
import io.mlmeta.internal.http.IngestRequests;
import io.mlmeta.internal.http.ItemOutcome;
import io.mlmeta.internal.http.PendingWork;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.internal.http.WireItem;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@link RestEmitter#emitAsync} with {@link ConnectionConfig#asyncBatching()}. A proposal emitted while none of
 * these requests is under way is sent at once, alone. Otherwise it waits; each request that finishes sends what
 * waits (up to {@code batchMaxProposals} and {@code batchMaxBytes}, one batch key) in one request, and a full batch
 * of {@code batchMaxProposals} goes at once on a free in-flight slot. So an idle emitter adds no delay, and a busy
 * one sends few large requests instead of many small ones. No proposal waits longer than {@link #MAX_WAIT_MILLIS}
 * for a slot that is free: a request held up by a slow answer or a retry's backoff does not hold back the proposals
 * emitted after it. At most {@code batchMaxProposals} proposals wait; then
 * the caller blocks ({@link Backpressure#BLOCK}) or is refused ({@link Backpressure#REJECT}). Every proposal's future
 * completes with its own result: a batch refused with a 4xx is narrowed down to the refused proposals as in
 * {@link RestEmitter#emitAll}. This is emitAsync's default mode; {@code asyncBatching(false)} turns it off.
 */
final class AsyncBatcher {
  /** The longest a proposal waits for a request under way to finish while an in-flight slot is free. */
  static final long MAX_WAIT_MILLIS = 10;
  private static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);

  private final ConnectionConfig config;
  private final IngestRequests requests;
  private final HttpSender sender;
  private final BatchSender batches;
  private final Semaphore inFlight;
  private final PendingWork pending;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private final ScheduledExecutorService scheduler;
  private int underWay;
  private boolean timerSet;
  private boolean closed;

  AsyncBatcher(ConnectionConfig config, IngestRequests requests, HttpSender sender, BatchSender batches,
      Semaphore inFlight, PendingWork pending, ScheduledExecutorService scheduler) {
    this.config = config;
    this.scheduler = scheduler;
    this.requests = requests;
    this.sender = sender;
    this.batches = batches;
    this.inFlight = inFlight;
    this.pending = pending;
  }

  /**
   * Queues {@code proposal} and sends what can be sent; the future completes with the proposal's result.
   *
   * @throws IllegalArgumentException if the proposal is larger than {@code maxProposalBytes}; nothing is queued
   */
  CompletableFuture<EmitResult> submit(MetadataChangeProposal proposal) {
    MetadataChangeProposal stamped = Stamp.stamp(proposal, System.currentTimeMillis());
    Waiting item = new Waiting(proposal, stamped, requests.encode(stamped));
    // As emitAll does: the proposal may travel alone or in a batch, so count the batch envelope too.
    RestEmitter.checkSize(stamped, item.bytes.length + requests.batchOverhead(), config);
    synchronized (waiting) {
      while (waiting.size() >= config.batchMaxProposals()) {
        if (closed) {
          throw new IllegalStateException("this RestEmitter is closed");
        }
        if (config.backpressure() == Backpressure.REJECT) {
          throw new RejectedExecutionException(config.maxInFlight() + " requests are under way (maxInFlight) and "
              + waiting.size() + " proposals wait for them; " + proposal.entityUrn() + " "
              + proposal.aspectName() + " was not sent");
        }
        try {
          waiting.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return CompletableFuture.failedFuture(new DataHubException("interrupted while waiting for room among "
              + "the waiting proposals; " + proposal.entityUrn() + " " + proposal.aspectName() + " was not sent", e));
        }
      }
      if (closed) {
        throw new IllegalStateException("this RestEmitter is closed");
      }
      pending.track(item.result, () -> RestEmitter.closedFailure(item.call()));
      waiting.addLast(item);
    }
    drain(false);
    setTimer();
    return item.result;
  }

  /** Makes sure that what waits is looked at again once the oldest of it has waited {@link #MAX_WAIT_MILLIS}. */
  private void setTimer() {
    long delay;
    synchronized (waiting) {
      if (timerSet || closed || waiting.isEmpty()) {
        return;
      }
      timerSet = true;
      delay = Math.max(0, waiting.peekFirst().queuedAt + MAX_WAIT_NANOS - System.nanoTime());
    }
    try {
      scheduler.schedule(() -> {
        synchronized (waiting) {
          timerSet = false;
        }
        drain(false);
        setTimer();
      }, delay, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closing) {
      synchronized (waiting) {
        timerSet = false;
      }
    }
  }

  /** Another user of the in-flight slots (emitAll) freed one: proposals waiting with nothing under way may go. */
  void slotFreed() {
    drain(false);
  }

  /** Fails nothing itself (close() fails what is pending); wakes blocked callers and drops what waits. */
  void close() {
    synchronized (waiting) {
      closed = true;
      waiting.clear();
      waiting.notifyAll();
    }
  }

  /**
   * Sends what may go now, each group on an in-flight slot: anything when nothing is under way or when called by a
   * request that just finished (once), and then full batches only.
   */
  private void drain(boolean finished) {
    boolean mayTakeAny = finished;
    while (true) {
      List<Waiting> group;
      synchronized (waiting) {
        if (closed || waiting.isEmpty()) {
          return;
        }
        boolean go = mayTakeAny || underWay == 0 || waiting.size() >= config.batchMaxProposals()
            || System.nanoTime() - waiting.peekFirst().queuedAt >= MAX_WAIT_NANOS;
        if (!go || !inFlight.tryAcquire()) {
          return;
        }
        mayTakeAny = false;
        group = takeGroup();
        underWay++;
        waiting.notifyAll();
      }
      CompletableFuture<?> done;
      try {
        done = group.size() == 1 ? sendAlone(group.get(0)) : sendTogether(group);
      } catch (RuntimeException e) {
        finished();
        for (Waiting w : group) {
          w.result.completeExceptionally(new DataHubException("could not send " + w.proposal.entityUrn() + " "
              + w.proposal.aspectName() + ": " + e, e));
        }
        continue;
      }
      done.whenComplete((r, e) -> {
        finished();
        drain(true);
      });
    }
  }

  private void finished() {
    synchronized (waiting) {
      underWay--;
    }
    inFlight.release();
  }

  /** The head of the queue and the waiting proposals of its batch key behind it, within the batch limits. */
  private List<Waiting> takeGroup() {
    Waiting head = waiting.pollFirst();
    List<Waiting> group = new ArrayList<>();
    group.add(head);
    String key = requests.batchKey(head.stamped);
    long bytes = requests.batchOverhead() + head.bytes.length;
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext() && group.size() < config.batchMaxProposals(); ) {
      Waiting next = it.next();
      if (!requests.batchKey(next.stamped).equals(key)) {
        continue;
      }
      long more = requests.batchSeparator() + next.bytes.length;
      if (bytes + more > config.batchMaxBytes()) {
        break;
      }
      bytes += more;
      group.add(next);
      it.remove();
    }
    return group;
  }

  private CompletableFuture<?> sendAlone(Waiting w) {
    HttpCall call = w.call();
    return sender.send(call).whenComplete((outcome, error) -> {
      if (error != null) {
        w.result.completeExceptionally(new DataHubException(call + " failed: " + error, error));
      } else if (outcome.isSuccess()) {
        requests.inspectSuccess(call, outcome.body());
        w.result.complete(EmitResult.acknowledged(w.proposal, outcome.attempts()));
      } else {
        w.result.completeExceptionally(Failures.toException(outcome, call));
      }
    });
  }

  private CompletableFuture<?> sendTogether(List<Waiting> group) {
    List<WireItem> items = new ArrayList<>(group.size());
    for (int i = 0; i < group.size(); i++) {
      items.add(new WireItem(i, group.get(i).stamped, group.get(i).bytes));
    }
    return batches.send(items).whenComplete((outcomes, error) -> {
      if (error != null) {
        for (Waiting w : group) {
          w.result.completeExceptionally(new DataHubException("batch of " + group.size() + " failed: " + error,
              error));
        }
        return;
      }
      for (ItemOutcome o : outcomes) {
        Waiting w = group.get(o.item().index());
        if (o.outcome().isSuccess()) {
          w.result.complete(EmitResult.acknowledged(w.proposal, o.attempts()));
        } else {
          w.result.completeExceptionally(Failures.toException(o.outcome(), o.call()));
        }
      }
    });
  }

  /** A proposal waiting to be sent: as given, stamped, encoded, and its future. */
  private final class Waiting {
    final MetadataChangeProposal proposal;
    final MetadataChangeProposal stamped;
    final byte[] bytes;
    final long queuedAt = System.nanoTime();
    final CompletableFuture<EmitResult> result = new CompletableFuture<>();

    Waiting(MetadataChangeProposal proposal, MetadataChangeProposal stamped, byte[] bytes) {
      this.proposal = proposal;
      this.stamped = stamped;
      this.bytes = bytes;
    }

    HttpCall call() {
      return requests.single(stamped, bytes);
    }
  }
}
