package io.mlmeta.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubTraceException;
import io.mlmeta.error.DataHubTraceTimeoutException;
import io.mlmeta.internal.json.WireJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows the writes of one queued request through DataHub's trace API until each is written, failed, or the time
 * is up: {@code POST /openapi/v1/trace/write/{traceId}?onlyIncludeErrors=false&detailed=true} with body
 * {@code {"<urn>": ["<aspect>", ...]}} (upstream {@code metadata-ingestion/src/datahub/emitter/rest_emitter.py}
 * {@code _await_status}; {@code .../openapi/operations/v1/TraceController.java}), asking only about the writes still
 * pending. The first poll goes at once, the next after {@link #FIRST_BACKOFF_MILLIS}, doubling up to
 * {@link #MAX_BACKOFF_MILLIS}, the last at the deadline. Polls go through the {@link HttpSender}, so they are
 * retried and authenticated as every request; no thread waits between them.
 */
public final class TraceWaiter {
  static final long FIRST_BACKOFF_MILLIS = 200;
  static final long MAX_BACKOFF_MILLIS = 5_000;

  private final HttpSender sender;
  private final ScheduledExecutorService scheduler;
  private final Duration timeout;

  /** A waiter polling with {@code sender}, its waits on {@code scheduler}, each trace for at most {@code timeout}. */
  public TraceWaiter(HttpSender sender, ScheduledExecutorService scheduler, Duration timeout) {
    this.sender = sender;
    this.scheduler = scheduler;
    this.timeout = timeout;
  }

  /**
   * Follows {@code writes} (each a URN and an aspect name) of the request GMS gave {@code traceId}; the future
   * completes with the failures by position in {@code writes} (a position absent was written) and never fails.
   */
  public CompletableFuture<Map<Integer, DataHubException>> await(String traceId,
      List<Map.Entry<String, String>> writes) {
    Run run = new Run(traceId, writes);
    run.poll();
    return run.done;
  }

  /** One trace being followed; its polls run one after the other. */
  private final class Run {
    final String traceId;
    final List<Map.Entry<String, String>> writes;
    final long deadlineAt = System.nanoTime() + timeout.toNanos();
    final Map<Integer, DataHubException> failures = new HashMap<>();
    final Map<Integer, List<String>> pending = new LinkedHashMap<>();
    final CompletableFuture<Map<Integer, DataHubException>> done = new CompletableFuture<>();
    long backoffMillis = FIRST_BACKOFF_MILLIS;

    Run(String traceId, List<Map.Entry<String, String>> writes) {
      this.traceId = traceId;
      this.writes = writes;
      for (int i = 0; i < writes.size(); i++) {
        pending.put(i, List.of());
      }
    }

    void poll() {
      HttpCall call;
      try {
        call = call();
      } catch (JsonProcessingException e) {
        failAll("could not encode the trace request: " + e.getMessage(), e);
        return;
      }
      sender.send(call).whenComplete((outcome, error) -> {
        try {
          answered(call, outcome, error);
        } catch (RuntimeException e) {
          failAll("reading the trace API's answer failed: " + e, e);
        }
      });
    }

    private HttpCall call() throws JsonProcessingException {
      Map<String, Set<String>> body = new LinkedHashMap<>();
      for (Integer i : pending.keySet()) {
        Map.Entry<String, String> w = writes.get(i);
        body.computeIfAbsent(w.getKey(), k -> new LinkedHashSet<>()).add(w.getValue());
      }
      Map.Entry<String, String> only = writes.size() == 1 ? writes.get(0) : null;
      return new HttpCall("POST", "/openapi/v1/trace/write/" + traceId + "?onlyIncludeErrors=false&detailed=true",
          WireJson.MAPPER.writeValueAsBytes(body), only == null ? null : only.getKey(),
          only == null ? null : only.getValue());
    }

    private void answered(HttpCall call, HttpOutcome outcome, Throwable error) {
      if (error != null || !outcome.isSuccess()) {
        DataHubException cause = error != null ? new DataHubException(call + " failed: " + error, error)
            : Failures.toException(outcome, call);
        String hint = outcome != null && outcome.status() == 404 ? " (GMS has the trace API from DataHub 1.0.1 on)"
            : "";
        failAll("GMS queued the write, but its trace could not be read" + hint + ": " + cause.getMessage()
            + "; it may still be applied", cause);
        return;
      }
      JsonNode answer;
      try {
        answer = WireJson.MAPPER.readTree(outcome.body());
      } catch (IOException e) {
        answer = null;
      }
      if (answer == null || !answer.isObject()) {
        failAll("GMS queued the write, but the trace API answered something else than a JSON object: "
            + ErrorBody.message(outcome.body()), null);
        return;
      }
      for (Integer i : new ArrayList<>(pending.keySet())) {
        Map.Entry<String, String> w = writes.get(i);
        AspectTrace trace = AspectTrace.of(answer, w.getKey(), w.getValue());
        if (trace.state == AspectTrace.State.PENDING) {
          pending.put(i, trace.pendingStorages);
          continue;
        }
        pending.remove(i);
        if (trace.state == AspectTrace.State.FAILED) {
          failures.put(i, new DataHubTraceException(traceId, w.getKey(), w.getValue(), trace.storage,
              trace.writeStatus, trace.serverMessage, trace.reason, null));
        }
      }
      next();
    }

    private void next() {
      if (pending.isEmpty()) {
        done.complete(failures);
        return;
      }
      long left = deadlineAt - System.nanoTime();
      if (left <= 0) {
        for (Map.Entry<Integer, List<String>> p : pending.entrySet()) {
          Map.Entry<String, String> w = writes.get(p.getKey());
          failures.put(p.getKey(), new DataHubTraceTimeoutException(traceId, w.getKey(), w.getValue(), p.getValue(),
              "not applied within the deadline of " + timeout.toMillis() + " ms after GMS queued it"));
        }
        pending.clear();
        done.complete(failures);
        return;
      }
      long delay = Math.min(TimeUnit.MILLISECONDS.toNanos(backoffMillis), left);
      backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
      try {
        scheduler.schedule(this::poll, delay, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException closing) {
        failAll("the emitter was closed while the write was traced; it may still be applied", closing);
      }
    }

    private void failAll(String reason, Throwable cause) {
      for (Integer i : pending.keySet()) {
        Map.Entry<String, String> w = writes.get(i);
        failures.put(i, new DataHubTraceException(traceId, w.getKey(), w.getValue(), null, null, null, reason,
            cause));
      }
      pending.clear();
      done.complete(failures);
    }
  }
}
