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
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batching engine of a {@link RestEmitter}, behind both {@link RestEmitter#emitAsync} and
 * {@link RestEmitter#emitAll}: one queue of encoded proposals, one limit of {@code maxInFlight} requests, one set of
 * batch limits and one failure model (each proposal ends acknowledged or failed with its own exception, after a
 * counted number of attempts; a batch refused with a 4xx is narrowed down to the refused proposals).
 *
 * <p>A proposal queued while none of the engine's requests is under way is sent at once, alone. Otherwise it waits;
 * each request that finishes sends what waits (up to {@code batchMaxProposals} and {@code batchMaxBytes}, one batch
 * key) in one request, and a full batch goes at once on a free in-flight slot. So an idle emitter adds no delay, and
 * a busy one sends few large requests instead of many small ones. No proposal waits longer than
 * {@link #MAX_WAIT_MILLIS} for a slot that is free. At most {@code batchMaxProposals} proposals wait; then emitAsync
 * blocks ({@link Backpressure#BLOCK}) or is refused ({@link Backpressure#REJECT}), and emitAll always blocks, so that
 * it encodes the next batch while the previous ones are under way. With {@code asyncBatching(false)}, emitAsync
 * sends each proposal alone on a slot of the same limit.
 */
final class Batcher {
  /** The longest a proposal waits for a request under way to finish while an in-flight slot is free. */
  static final long MAX_WAIT_MILLIS = 10;
  private static final long MAX_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
  private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);

  private final ConnectionConfig config;
  private final IngestRequests requests;
  private final HttpSender sender;
  private final BatchSender batches;
  private final PendingWork pending;
  private final ScheduledExecutorService scheduler;
  private final TraceStep traces;
  private final Semaphore inFlight;
  private final ArrayDeque<Item> waiting = new ArrayDeque<>();
  private long waitingBytes;
  private int underWay;
  private boolean timerSet;
  private boolean closed;

  Batcher(ConnectionConfig config, IngestRequests requests, HttpSender sender, PendingWork pending,
      ScheduledExecutorService scheduler, TraceStep traces) {
    this.config = config;
    this.requests = requests;
    this.sender = sender;
    this.batches = new BatchSender(sender, requests);
    this.pending = pending;
    this.scheduler = scheduler;
    this.traces = traces;
    this.inFlight = new Semaphore(config.maxInFlight());
  }

  /**
   * Queues {@code proposal} to be sent alone or in a batch; the future completes with its result.
   *
   * @throws IllegalArgumentException if the proposal is larger than {@code maxProposalBytes}; nothing is queued
   */
  CompletableFuture<EmitResult> submit(MetadataChangeProposal proposal) {
    Item item = checked(encode(proposal, System.currentTimeMillis(), null));
    DataHubException interrupted = enqueue(item, config.backpressure());
    if (interrupted != null) {
      return CompletableFuture.failedFuture(interrupted);
    }
    drain(false);
    setTimer();
    return item.result;
  }

  /**
   * Sends {@code proposal} alone, in its own request, once an in-flight slot is free ({@code asyncBatching(false)}).
   *
   * @throws IllegalArgumentException if the proposal is larger than {@code maxProposalBytes}; nothing is sent
   * @throws RejectedExecutionException with {@link Backpressure#REJECT} when no slot is free
   */
  CompletableFuture<EmitResult> submitAlone(MetadataChangeProposal proposal) {
    MetadataChangeProposal stamped = Stamp.stamp(proposal, System.currentTimeMillis());
    Item item = new Item(proposal, stamped, requests.encode(stamped), null);
    RestEmitter.checkSize(stamped, item.call().bodyLength(), config);
    if (config.backpressure() == Backpressure.REJECT) {
      if (!inFlight.tryAcquire()) {
        throw new RejectedExecutionException(config.maxInFlight() + " requests are under way (maxInFlight); "
            + proposal.entityUrn() + " " + proposal.aspectName() + " was not sent");
      }
    } else {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompletableFuture.failedFuture(new DataHubException("interrupted while waiting for a free in-flight"
            + " slot; " + proposal.entityUrn() + " " + proposal.aspectName() + " was not sent", e));
      }
    }
    synchronized (waiting) {
      underWay++;
    }
    pending.track(item.result, () -> RestEmitter.closedFailure(item.call()));
    send(List.of(item));
    return item.result;
  }

  /**
   * Queues every proposal of {@code input}, in order, waiting for room whatever the {@link Backpressure}, and waits
   * for their results, one per proposal in order. A proposal that {@code endpointCheck} refuses, that cannot be
   * encoded, is above {@code maxProposalBytes}, or comes after an interruption or the emitter's close is not sent:
   * its result is failed with a {@link DataHubException} saying why.
   */
  List<EmitResult> submitAll(List<MetadataChangeProposal> input, Consumer<MetadataChangeProposal> endpointCheck) {
    List<Object> slots = new ArrayList<>(input.size());
    RuntimeException stopped = readAll(input.iterator(), endpointCheck, true, slots, slots::add);
    if (stopped != null) {
      throw stopped; // a list holds no null (List.copyOf) and does not throw
    }
    List<EmitResult> results = new ArrayList<>(slots.size());
    for (Object slot : slots) {
      results.add(slot instanceof Item ? ((Item) slot).await() : (EmitResult) slot);
    }
    return results;
  }

  /**
   * Queues the proposals of {@code input} as it yields them, as {@link #submitAll} does, and counts their results as
   * they end, keeping only the failed ones; waits until all have ended. A null proposal, or an exception from
   * {@code input} itself, stops the reading: what was read is sent and waited for, then that exception is thrown,
   * with a suppressed exception counting the results. The emitter's close or an interruption stops the reading too
   * (a stream may have no end): the summary counts what was read, the last of it failed with the reason.
   */
  EmitSummary submitStream(Iterator<? extends MetadataChangeProposal> input,
      Consumer<MetadataChangeProposal> endpointCheck) {
    StreamTally tally = new StreamTally();
    RuntimeException stopped = readAll(input, endpointCheck, false, tally, tally::add);
    EmitSummary summary = tally.await();
    if (stopped != null) {
      stopped.addSuppressed(new DataHubException("reading the proposals stopped after " + summary.total()
          + "; those were sent and have ended: " + summary.acknowledged() + " acknowledged, "
          + summary.failures().size() + " failed"));
      throw stopped;
    }
    return summary;
  }

  /**
   * Reads {@code input} to its end, handing each proposal's {@link Item} (queued) or failed result (not sent) to
   * {@code slots}, in order, then lets what waits of this call go; the exception that stopped the reading (a null
   * proposal, or one thrown by {@code input}), or null. After the emitter's close or an interruption, the proposals
   * still read fail unsent when {@code readPastStop}; otherwise the reading ends there.
   */
  private RuntimeException readAll(Iterator<? extends MetadataChangeProposal> input,
      Consumer<MetadataChangeProposal> endpointCheck, boolean readPastStop, Object owner, Consumer<Object> slots) {
    DataHubException notSent = null;
    RuntimeException stopped = null;
    long read = 0;
    while (true) {
      MetadataChangeProposal proposal;
      try {
        if (!input.hasNext()) {
          break;
        }
        proposal = input.next();
      } catch (RuntimeException fromTheInput) {
        stopped = fromTheInput;
        break;
      }
      if (proposal == null) {
        stopped = new NullPointerException("proposals held null at position " + read);
        break;
      }
      read++;
      Object slot = notSent == null
          ? queued(proposal, System.currentTimeMillis(), endpointCheck, owner)
          : EmitResult.failed(proposal, 0, notSent);
      if (slot instanceof DataHubException) {
        notSent = (DataHubException) slot;
        slot = EmitResult.failed(proposal, 0, notSent);
      }
      slots.accept(slot);
      if (notSent != null && !readPastStop) {
        break;
      }
    }
    // Nothing more comes from this call: what waits of it may go on the next free slot.
    synchronized (waiting) {
      for (Item item : waiting) {
        if (item.owner == owner) {
          item.held = false;
        }
      }
    }
    drain(true);
    setTimer();
    return stopped;
  }

  /**
   * {@code proposal} queued and the queue drained: its item; its failed result when it is not sent but the next ones
   * may be; the failure that stops the call (an interruption or the close), nothing queued then.
   */
  private Object queued(MetadataChangeProposal proposal, long now, Consumer<MetadataChangeProposal> endpointCheck,
      Object owner) {
    Item item;
    try {
      endpointCheck.accept(proposal);
      item = encode(proposal, now, owner);
    } catch (IllegalArgumentException refused) {
      return EmitResult.failed(proposal, 0, new DataHubException(refused.getMessage(), refused));
    } catch (RuntimeException e) {
      return EmitResult.failed(proposal, 0, new DataHubException("could not encode "
          + proposal.entityUrn() + " " + proposal.aspectName() + ": " + e.getMessage(), e));
    }
    try {
      checked(item);
    } catch (IllegalArgumentException tooLarge) {
      return EmitResult.failed(proposal, 0, new DataHubException(tooLarge.getMessage(), tooLarge));
    }
    DataHubException notSent;
    try {
      notSent = enqueue(item, Backpressure.BLOCK);
    } catch (IllegalStateException closedMeanwhile) {
      notSent = new DataHubException(closedMeanwhile.getMessage() + "; " + proposal.entityUrn() + " "
          + proposal.aspectName() + " and the proposals after it were not sent", closedMeanwhile);
    }
    if (notSent != null) {
      return notSent;
    }
    drain(false);
    return item;
  }

  /** Fails nothing itself (the emitter's close fails what is pending); wakes blocked callers and drops what waits. */
  void close() {
    synchronized (waiting) {
      closed = true;
      waiting.clear();
      waitingBytes = 0;
      waiting.notifyAll();
    }
  }

  /**
   * {@code proposal} stamped at {@code now} and encoded, to be sent alone or in a batch; held back while the bulk
   * call {@code owner} (unless null) has more to queue.
   */
  private Item encode(MetadataChangeProposal proposal, long now, Object owner) {
    MetadataChangeProposal stamped = Stamp.stamp(proposal, now);
    return new Item(proposal, stamped, requests.encode(stamped), owner);
  }

  /**
   * {@code item}, checked for its size.
   *
   * @throws IllegalArgumentException if its request would be above {@code maxProposalBytes}
   */
  private Item checked(Item item) {
    MetadataChangeProposal stamped = item.stamped;
    // The proposal may travel alone or in a batch, so count the batch envelope too.
    RestEmitter.checkSize(stamped, item.bytes.length + requests.batchOverhead(), config);
    if (item.bytes.length + requests.batchOverhead() > config.batchMaxBytes()) {
      LOG.warn("{} {} is {} bytes, above batchMaxBytes {}; sending it alone", stamped.entityUrn(),
          stamped.aspectName(), item.bytes.length, config.batchMaxBytes());
    }
    return item;
  }

  /**
   * Adds {@code item} to what waits once there is room; null when it was queued, the failure when the wait for room
   * was interrupted (nothing queued then).
   *
   * @throws RejectedExecutionException with {@link Backpressure#REJECT} when there is no room
   * @throws IllegalStateException if the emitter is closed
   */
  private DataHubException enqueue(Item item, Backpressure backpressure) {
    synchronized (waiting) {
      while (waiting.size() >= config.batchMaxProposals()) {
        if (closed) {
          throw new IllegalStateException("this RestEmitter is closed");
        }
        if (backpressure == Backpressure.REJECT) {
          throw new RejectedExecutionException(config.maxInFlight() + " requests are under way (maxInFlight) and "
              + waiting.size() + " proposals wait for them; " + item.proposal.entityUrn() + " "
              + item.proposal.aspectName() + " was not sent");
        }
        try {
          waiting.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new DataHubException("interrupted while waiting for room among the waiting proposals; "
              + item.proposal.entityUrn() + " " + item.proposal.aspectName() + " was not sent", e);
        }
      }
      if (closed) {
        throw new IllegalStateException("this RestEmitter is closed");
      }
      pending.track(item.result, () -> RestEmitter.closedFailure(item.call()));
      waiting.addLast(item);
      waitingBytes += item.bytes.length;
      return null;
    }
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

  /**
   * Sends what may go now, each group on an in-flight slot: anything when nothing is under way or when
   * {@code mayTakeAny} (a request just finished, or emitAll queued its last proposal; once), then full batches and
   * what has waited {@link #MAX_WAIT_MILLIS}. Proposals of an emitAll call still queuing the rest are held back
   * until their batch is full, so that a bulk call sends full batches; the call's end lets them go.
   */
  private void drain(boolean mayTakeAny) {
    boolean takeAny = mayTakeAny;
    while (true) {
      List<Item> group;
      synchronized (waiting) {
        if (closed || waiting.isEmpty()) {
          return;
        }
        Item head = waiting.peekFirst();
        boolean partial = !head.held
            && (takeAny || underWay == 0 || System.nanoTime() - head.queuedAt >= MAX_WAIT_NANOS);
        boolean go = partial || waiting.size() >= config.batchMaxProposals()
            || waitingBytes + requests.batchOverhead() >= config.batchMaxBytes();
        if (!go || !inFlight.tryAcquire()) {
          return;
        }
        takeAny = false;
        group = takeGroup();
        underWay++;
        waiting.notifyAll();
      }
      send(group);
    }
  }

  /** The head of the queue and the waiting proposals of its batch key behind it, within the batch limits. */
  private List<Item> takeGroup() {
    Item head = waiting.pollFirst();
    List<Item> group = new ArrayList<>();
    group.add(head);
    String key = requests.batchKey(head.stamped);
    long bytes = requests.batchOverhead() + head.bytes.length;
    for (Iterator<Item> it = waiting.iterator(); it.hasNext() && group.size() < config.batchMaxProposals(); ) {
      Item next = it.next();
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
    for (Item item : group) {
      waitingBytes -= item.bytes.length;
    }
    return group;
  }

  /** Sends {@code group} on the slot taken for it; when it is done, frees the slot and sends what may go next. */
  private void send(List<Item> group) {
    CompletableFuture<?> done;
    try {
      done = group.size() == 1 ? sendAlone(group.get(0)) : sendTogether(group);
    } catch (RuntimeException e) {
      finished();
      for (Item item : group) {
        item.fail(0, new DataHubException("could not send " + item.proposal.entityUrn() + " "
            + item.proposal.aspectName() + ": " + e, e));
      }
      drain(true);
      return;
    }
    done.whenComplete((r, e) -> {
      group.forEach(Item::sent);
      finished();
      drain(true);
    });
  }

  private void finished() {
    synchronized (waiting) {
      underWay--;
    }
    inFlight.release();
  }

  private CompletableFuture<?> sendAlone(Item item) {
    HttpCall call = item.call();
    return sender.send(call).whenComplete((outcome, error) -> traces.settle(
        List.of(RestEmitter.resultOf(item.proposal, call, outcome, error, requests)))
        .thenAccept(settled -> item.settle(settled.get(0))));
  }

  private CompletableFuture<?> sendTogether(List<Item> group) {
    List<WireItem> wire = new ArrayList<>(group.size());
    for (int i = 0; i < group.size(); i++) {
      wire.add(new WireItem(i, group.get(i).stamped, group.get(i).bytes));
    }
    return batches.send(wire).whenComplete((outcomes, error) -> {
      if (error != null) {
        for (Item item : group) {
          item.fail(0, new DataHubException("batch of " + group.size() + " failed: " + error, error));
        }
        return;
      }
      EmitResult[] results = new EmitResult[group.size()];
      for (ItemOutcome o : outcomes) {
        Item item = group.get(o.item().index());
        results[o.item().index()] = o.outcome().isSuccess()
            ? EmitResult.acknowledged(item.proposal, o.attempts(), o.outcome().traceId())
            : EmitResult.failed(item.proposal, o.attempts(), Failures.toException(o.outcome(), o.call()));
      }
      traces.settle(List.of(results)).thenAccept(settled -> {
        for (int i = 0; i < settled.size(); i++) {
          group.get(i).settle(settled.get(i));
        }
      });
    });
  }

  /**
   * The results of one {@link #submitStream} call, counted as they end: only failures are kept, by position, so an
   * acknowledged proposal is let go as soon as it is.
   */
  private static final class StreamTally {
    private final TreeMap<Long, EmitResult> failures = new TreeMap<>();
    private long total;
    private long outstanding;
    private long acknowledged;

    /** Takes the next proposal's item, to be counted when it ends, or its failed result. */
    void add(Object slot) {
      long position;
      synchronized (this) {
        position = total++;
        if (!(slot instanceof Item)) {
          failures.put(position, (EmitResult) slot);
          return;
        }
        outstanding++;
      }
      Item item = (Item) slot;
      item.result.whenComplete((result, error) -> ended(position, item.await()));
    }

    private synchronized void ended(long position, EmitResult result) {
      if (result.isAcknowledged()) {
        acknowledged++;
      } else {
        failures.put(position, result);
      }
      if (--outstanding == 0) {
        notifyAll();
      }
    }

    /** The summary once every proposal has ended (each does: the emitter's deadline and close end them all). */
    synchronized EmitSummary await() {
      boolean interrupted = false;
      while (outstanding > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true; // the results are on their way; the caller learns of the interruption after them
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return EmitSummary.of(total, acknowledged, new ArrayList<>(failures.values()));
    }
  }

  /**
   * A proposal on its way: as given, stamped, encoded, whether it is held back for a full batch, its future and,
   * once it failed, its attempts.
   */
  private final class Item {
    final MetadataChangeProposal proposal;
    /** Stamped and encoded; let go once the request is done, so that an emitAll call holds results, not bytes. */
    MetadataChangeProposal stamped;
    byte[] bytes;
    final long queuedAt = System.nanoTime();
    final CompletableFuture<EmitResult> result = new CompletableFuture<>();
    /** The bulk call that queued it, or null. */
    final Object owner;
    volatile boolean held;
    volatile int failedAttempts;
    volatile String failedTraceId;

    Item(MetadataChangeProposal proposal, MetadataChangeProposal stamped, byte[] bytes, Object owner) {
      this.proposal = proposal;
      this.stamped = stamped;
      this.bytes = bytes;
      this.owner = owner;
      this.held = owner != null;
    }

    /** Its request alone; once {@link #sent}, one without a body that still names the proposal (for messages). */
    HttpCall call() {
      return bytes == null ? requests.single(proposal, new byte[0]) : requests.single(stamped, bytes);
    }

    void sent() {
      stamped = null;
      bytes = null;
    }

    /** Completes the future with {@code settled}, or fails it with the failure, keeping the attempts. */
    void settle(EmitResult settled) {
      if (settled.isAcknowledged()) {
        result.complete(settled);
      } else {
        failedTraceId = settled.traceId().orElse(null);
        fail(settled.attempts(), settled.failure().get());
      }
    }

    void fail(int attempts, DataHubException failure) {
      failedAttempts = attempts;
      result.completeExceptionally(failure);
    }

    /** The result once there is one: acknowledged, or failed with its exception (the emitter's close included). */
    EmitResult await() {
      try {
        return result.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        DataHubException failure = cause instanceof DataHubException ? (DataHubException) cause
            : new DataHubException(proposal.entityUrn() + " " + proposal.aspectName() + " failed: " + cause, cause);
        return EmitResult.failed(proposal, failedAttempts, failure).withTraceId(failedTraceId);
      }
    }
  }
}
