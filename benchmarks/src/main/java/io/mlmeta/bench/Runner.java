package io.mlmeta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlmeta.bench.sink.Sink;
import io.mlmeta.bench.sink.SinkStats;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs child JVMs against the sink: alternating repetitions of a {@link Spec} (ours, peer, ours, peer...), cold
 * starts, and the content check; after every run it checks the sink's count against what the child reported.
 */
final class Runner {
  static final String CHILD = "io.mlmeta.bench.child.ChildMain";

  private final Sink sink;
  private final ChildLauncher launcher;
  private final List<String> log = new ArrayList<>();

  Runner(Sink sink, ChildLauncher launcher) {
    this.sink = sink;
    this.launcher = launcher;
  }

  /** Every line printed about runs, for the results file. */
  List<String> log() {
    return log;
  }

  /** {@code reps} alternating repetitions of {@code spec}; {@code sdks} says who runs ("ours", "peer" or both). */
  Pair pair(Spec spec, int reps, String... sdks) throws IOException {
    say("== " + spec.title + " (n=" + spec.n + ", warm-up >= " + spec.warmup + " MCPs and " + spec.warmupSeconds
        + " s until the JIT settles, latency " + spec.latencyMs + " ms"
        + (spec.maxInFlight > 0 ? ", maxInFlight " + spec.maxInFlight : "") + ")");
    Pair pair = new Pair(spec);
    for (int rep = 1; rep <= reps; rep++) {
      for (String sdk : sdks) {
        RunResult r = one(sdk, spec);
        pair.runs(sdk).add(r);
        say(String.format(Locale.ROOT, "   rep %d/%d %-13s %s", rep, reps, sdk, describe(spec, r)));
      }
    }
    return pair;
  }

  /** {@code reps} alternating cold starts per SDK: milliseconds from JVM launch to the first acknowledged emit. */
  List<List<Double>> coldStarts(int reps) throws IOException {
    return coldStarts(reps, "ours", "peer");
  }

  /** Cold starts of each of {@code sdks} (ours or a variant of ours, and peer), alternating; one list per SDK. */
  List<List<Double>> coldStarts(int reps, String... sdks) throws IOException {
    say("== cold start: fresh JVM, build one proposal, create an emitter, emit, close");
    List<List<Double>> times = new ArrayList<>();
    for (int k = 0; k < sdks.length; k++) {
      times.add(new ArrayList<>());
    }
    for (int rep = 1; rep <= reps; rep++) {
      for (int k = 0; k < sdks.length; k++) {
        String sdk = sdks[k];
        sink.reset(Duration.ZERO);
        String main = sdk.startsWith("ours") ? "io.mlmeta.bench.cold.ColdOurs" : "io.mlmeta.bench.cold.ColdPeer";
        RunResult r = launcher.run(sdk, main, List.of(sink.url()), 60);
        SinkStats s = sink.stats();
        double ms = r.ackNanos < 0 ? Double.NaN : r.ackNanos / 1e6;
        times.get(k).add(ms);
        say(String.format(Locale.ROOT, "   rep %d/%d %-28s first ack %.0f ms after launch, exit %.0f ms; sink %d "
            + "proposal(s)%s", rep, reps, sdk, ms, r.exitNanos / 1e6, s.proposals(),
            r.ackNanos < 0 ? " FAILED: " + r.tail : ""));
      }
    }
    return times;
  }

  /**
   * Emits proposal 0 with each SDK and compares the aspect JSON the sink received (as parsed trees); returns a
   * one-line verdict with both request body sizes.
   */
  String contentCheck() throws IOException {
    Spec one = Spec.both("check", "content check", "seq", 1, 0, 0, 0, 60);
    String[] aspects = new String[2];
    int[] bodies = new int[2];
    String[] sdks = {"ours", "peer"};
    for (int k = 0; k < 2; k++) {
      RunResult r = one(sdks[k], one);
      aspects[k] = sink.stats().firstAspect();
      Integer size = sink.stats().firstBodyBytes();
      bodies[k] = size == null ? -1 : size;
      if (!r.hasResult() || aspects[k] == null) {
        throw new IllegalStateException("content check: " + sdks[k] + " sent nothing valid; " + r.tail);
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    JsonNode ours = mapper.readTree(aspects[0]);
    JsonNode peer = mapper.readTree(aspects[1]);
    String verdict = ours.equals(peer)
        ? "identical mlModelProperties aspect JSON from both SDKs (" + ours.size() + " fields)"
        : "ASPECTS DIFFER: ours " + aspects[0] + " / peer " + aspects[1];
    verdict += "; single-proposal request body: ours " + bodies[0] + " bytes, peer " + bodies[1] + " bytes";
    say("== content check: " + verdict);
    return verdict;
  }

  private RunResult one(String sdk, Spec spec) throws IOException {
    sink.reset(Duration.ofMillis(spec.latencyMs));
    List<String> args = new ArrayList<>(List.of("sdk=" + sdk, "scenario=" + spec.scenario(sdk), "n=" + spec.n,
        "warmup=" + spec.warmup, "warmupSeconds=" + spec.warmupSeconds, "server=" + sink.url(),
        "timeout=" + spec.timeoutSeconds));
    if (spec.maxInFlight > 0) {
      args.add("maxInFlight=" + spec.maxInFlight);
    }
    RunResult r = launcher.run(sdk, CHILD, args, spec.timeoutSeconds + 90);
    checkSink(spec, sdk, r, sink.stats());
    return r;
  }

  /** Every acknowledged proposal (warm-up included) must have reached the sink valid; none refused. */
  private static void checkSink(Spec spec, String sdk, RunResult r, SinkStats s) {
    if (spec.scenario(sdk).equals("serialize")) {
      r.sinkNote = "no HTTP";
      return;
    }
    long acked = r.hasResult() ? (long) r.num("ok") : -1;
    boolean alloc = spec.scenario(sdk).equals("alloc");
    long warm = r.hasResult() && !alloc ? (long) r.num("warmup") : 0;
    long expected = warm + acked;
    boolean complete = r.hasResult() && r.num("failed") == 0 && r.num("pending") == 0;
    r.sinkOk = r.hasResult() && s.refused() == 0 && (complete ? s.proposals() == (alloc ? acked : warm + spec.n)
        : s.proposals() >= expected) && s.deepChecks() > 0;
    r.sinkNote = "sink " + s.proposals() + " valid proposals (" + s.singleRequests() + " single + "
        + s.batchRequests() + " batch requests, " + s.connections() + " connections, " + s.refused() + " refused, "
        + s.deepChecks() + " deep-checked) " + (r.sinkOk ? "OK" : "MISMATCH: expected "
        + (complete ? warm + spec.n : ">= " + expected) + (s.firstRefusal() == null ? ""
        : "; first refusal " + s.firstRefusal()));
  }

  private static String describe(Spec spec, RunResult r) {
    if (!r.hasResult()) {
      return "NO RESULT (exit " + r.exitCode + (r.killed ? ", killed at the time limit" : "") + "):\n" + r.tail;
    }
    String head;
    if (spec.scenario(r.text("sdk")).equals("serialize")) {
      head = String.format(Locale.ROOT, "%.2f µs CPU/MCP (thread %.2f, wall %.2f), %.0f-byte body",
          r.num("processCpuMicros"), r.num("threadCpuMicros"), r.num("wallMicros"), r.num("bodyBytes"));
    } else if (spec.scenario(r.text("sdk")).equals("alloc")) {
      double batch = r.num("batchBytesPerMcp");
      head = String.format(Locale.ROOT, "allocated per MCP: build + serialize %,.0f B, async emit %,.0f B, batch %s",
          r.num("serializeBytesPerMcp"), r.num("asyncBytesPerMcp"),
          Double.isNaN(batch) ? "n/a (no batch API)" : String.format(Locale.ROOT, "%,.0f B", batch));
    } else {
      head = String.format(Locale.ROOT, "%,.0f MCPs/s, %,.0f ok, %,.0f failed, %,.0f pending in %.2f s (CPU %.2f s)",
          r.num("rate"), r.num("ok"), r.num("failed"), r.num("pending"), r.num("seconds"), r.num("cpuSeconds"))
          + (r.num("warmup") > 0 ? String.format(Locale.ROOT, " after %,.0f warm-up in %.1f s", r.num("warmup"),
          r.num("warmupSeconds")) : ", no warm-up");
    }
    String failure = r.text("firstFailure");
    return head + String.format(Locale.ROOT, "; RSS %.0f MB, heap peak %.0f MB, after GC %.0f MB; %s%s",
        r.num("rssKib") / 1024, r.num("heapPeakBytes") / 1048576, r.num("heapAfterGcBytes") / 1048576, r.sinkNote,
        failure.isEmpty() || failure.equals("null") ? "" : "; first failure: "
            + (failure.length() > 300 ? failure.substring(0, 300) + "..." : failure));
  }

  private void say(String line) {
    System.out.println(line);
    System.out.flush();
    log.add(line);
  }
}
