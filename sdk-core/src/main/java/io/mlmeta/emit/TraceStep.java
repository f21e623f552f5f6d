package io.mlmeta.emit;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.EmitMode;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubTraceException;
import io.mlmeta.internal.http.ConditionalRouting;
import io.mlmeta.internal.http.HttpSender;
import io.mlmeta.internal.http.TraceWaiter;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The last step of a request's results with {@link EmitMode#ASYNC_WAIT}: an acknowledged result of a queued write
 * is held back until DataHub's trace API says the write was applied (then it stays acknowledged) or failed (then it
 * fails with the {@link DataHubTraceException}); the results of one request are traced together, by their trace id.
 * Conditional writes, which go synchronously over Rest.li, and failed results pass as they are; so does every
 * result in the other modes.
 */
final class TraceStep {
  private final TraceWaiter waiter;

  TraceStep(ConnectionConfig config, HttpSender sender, ScheduledExecutorService scheduler) {
    this.waiter = config.emitMode() == EmitMode.ASYNC_WAIT ? new TraceWaiter(sender, scheduler, config.deadline())
        : null;
  }

  /** {@code results} of one request, in order, once their writes are traced; the future never fails. */
  CompletableFuture<List<EmitResult>> settle(List<EmitResult> results) {
    if (waiter == null) {
      return CompletableFuture.completedFuture(results);
    }
    List<EmitResult> out = new ArrayList<>(results);
    Map<String, List<Integer>> byTrace = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      EmitResult r = results.get(i);
      if (!r.isAcknowledged() || ConditionalRouting.isConditional(r.proposal())) {
        continue;
      }
      if (r.traceId().isPresent()) {
        byTrace.computeIfAbsent(r.traceId().get(), k -> new ArrayList<>()).add(i);
      } else {
        MetadataChangeProposal p = r.proposal();
        out.set(i, r.failedWith(new DataHubTraceException(null, p.entityUrn().toString(), p.aspectName(), null, null,
            null, "GMS queued the write, but its answer had no traceparent header, so it cannot be traced; it may "
            + "still be applied", null)));
      }
    }
    List<CompletableFuture<?>> traces = new ArrayList<>(byTrace.size());
    for (Map.Entry<String, List<Integer>> t : byTrace.entrySet()) {
      List<Integer> positions = t.getValue();
      List<Map.Entry<String, String>> writes = new ArrayList<>(positions.size());
      for (int i : positions) {
        MetadataChangeProposal p = results.get(i).proposal();
        writes.add(Map.entry(p.entityUrn().toString(), p.aspectName()));
      }
      traces.add(waiter.await(t.getKey(), writes).thenAccept(failures -> {
        for (Map.Entry<Integer, DataHubException> f : failures.entrySet()) {
          int i = positions.get(f.getKey());
          synchronized (out) {
            out.set(i, results.get(i).failedWith(f.getValue()));
          }
        }
      }));
    }
    return CompletableFuture.allOf(traces.toArray(new CompletableFuture<?>[0])).handle((v, e) -> {
      synchronized (out) {
        return List.copyOf(out);
      }
    });
  }
}
