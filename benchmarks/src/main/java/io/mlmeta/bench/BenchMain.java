package io.mlmeta.bench;

import io.mlmeta.bench.report.Markdown;
import io.mlmeta.bench.report.Row;
import io.mlmeta.bench.report.Stats;
import io.mlmeta.bench.sink.Sink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark harness: starts the loopback sink, runs every side-by-side measurement of our SDK and the peer
 * ({@code io.acryl:datahub-client-java8}) in child JVMs, alternating ours and peer, and prints and writes the table of
 * medians with the ratio ours/peer (see {@link Report}).
 */
public final class BenchMain {
  /** How the whole run is started. */
  static final String COMMAND = "mvn -Pbench -pl benchmarks -am verify -DskipTests";
  /**
   * The least warm-up of every HTTP run, in the mode it measures; it goes on until the JIT settles (at most 12 s), so
   * that both SDKs are measured compiled.
   */
  static final double WARMUP_SECONDS = 3;
  /** Our SDK with {@code asyncBatching(false)} (one request per proposal); everything else default. */
  static final String UNBATCHED = "ours-unbatched";
  /** Our emitAsync with its defaults, run beside our emitAll in the batch row. */
  static final String OURS_ASYNC = "ours-async";
  /** Ours with aspects written by Jackson databind instead of the hand-made PegasusWriter (rows 5- and 6-). */
  static final String NO_PEGASUS_WRITER = ChildLauncher.WITHOUT + "pegasusWriter";
  private static final double NONE = Double.NaN;

  private BenchMain() {}

  /** Runs everything; options as {@link BenchOptions} parses them. */
  public static void main(String[] args) throws Exception {
    BenchOptions o = BenchOptions.parse(args);
    long started = System.nanoTime();
    double[] loadBefore = Machine.loadAverages();
    String java = System.getProperty("java.home") + "/bin/java";
    Classpaths classpaths = Classpaths.ofThisJvm();
    Report report = new Report(o, java, loadBefore, Instant.now());
    report.closures(Closure.of(classpaths.closure("ours")), Closure.of(classpaths.closure("peer")));
    System.out.println(report.machine());
    int n = o.n;
    int reps = o.reps;
    try (Sink sink = Sink.start(Duration.ofMinutes(40))) {
      Runner run = new Runner(sink, new ChildLauncher(java, classpaths));
      report.content(run.contentCheck());
      double warm = o.quick ? 1 : WARMUP_SECONDS;
      report.seq = run.pair(Spec.both("seq", "1. sequential emit", "seq", n, n / 10, warm, 0, 300), reps, "ours",
          "peer");
      report.async = run.pair(Spec.both("async", "2. asynchronous emit, fire all then wait", "async", n, n / 10, warm,
          0, 300), reps, "ours", UNBATCHED, "peer");
      report.seqLatency = run.pair(Spec.both("seq2ms", "3a. sequential emit, 2 ms added latency", "seq", n / 10,
          n / 100, warm, 2, 300), reps, "ours", "peer");
      report.asyncLatency = run.pair(Spec.both("async2ms", "3b. asynchronous emit, 2 ms added latency", "async",
          n / 2, n / 20, warm, 2, 300), reps, "ours", UNBATCHED, "peer");
      report.batch = run.pair(new Spec("batch", "4. our batch emitAll vs the peer's best mode (asynchronous emit)",
          "batch", "async", n, n / 10, warm, 0, 300, 0), reps, "ours", OURS_ASYNC, "peer");
      report.serialize = run.pair(Spec.both("serialize", "5. build + serialize only, no HTTP", "serialize",
          o.quick ? 5_000 : 50_000, 0, 0, 0, 300), reps, "ours", NO_PEGASUS_WRITER, "peer");
      report.cold = run.coldStarts(Math.max(reps, 5), "ours", "peer", NO_PEGASUS_WRITER);
      report.fresh = run.pair(Spec.both("asyncFresh", "7. asynchronous emit in a fresh JVM, no warm-up", "async", n,
          0, 0, 0, 300), reps, "ours", "peer");
      report.queue = run.pair(Spec.both("queue30k", "30,000 asynchronous MCPs queued at 2 ms latency", "async",
          o.quick ? 3_000 : 30_000, 0, 0, 2, 150), reps, "ours", "peer");
      report.tenX = run.pair(Spec.both("async10x", "backpressure: our asynchronous emit at 10 x N", "async", 10 * n,
          n / 10, warm, 0, 600), 1, "ours");
      report.log(run.log());
    }
    report.finish(Machine.loadAverages(), (System.nanoTime() - started) / 1e9);
    Markdown md = report.markdown();
    System.out.println();
    System.out.println(md);
    md.write(o.out);
    System.out.println("written to " + o.out.toAbsolutePath());
  }

  static double median(List<Double> values) {
    return Stats.median(values);
  }

  static List<Row> rowsFor(Report r) {
    List<Row> rows = new ArrayList<>();
    rows.add(Row.ratio(String.format(Locale.ROOT, "1. sequential emit, N=%,d", r.seq.spec.n), "MCPs/s",
        r.seq.median("ours", "rate"), r.seq.median("peer", "rate"), 1.5, NONE));
    rows.add(Row.ratio(String.format(Locale.ROOT, "2. async emit, N=%,d", r.async.spec.n), "MCPs/s",
        r.async.median("ours", "rate"), r.async.median("peer", "rate"), 2, NONE));
    rows.add(Row.ratio("1'. sequential emit: client CPU (all threads) per MCP", "µs/MCP",
        r.seq.cpuMicrosPerMcp("ours"), r.seq.cpuMicrosPerMcp("peer"), NONE, NONE));
    rows.add(Row.ratio("2'. async emit: client CPU (all threads) per MCP", "µs/MCP",
        r.async.cpuMicrosPerMcp("ours"), r.async.cpuMicrosPerMcp("peer"), NONE, NONE));
    rows.add(Row.ratio("2-. async emit, asyncBatching(false): a request per MCP", "MCPs/s",
        r.async.median(UNBATCHED, "rate"), r.async.median("peer", "rate"), NONE, NONE));
    rows.add(Row.ratio(String.format(Locale.ROOT, "3a. sequential emit, 2 ms latency, N=%,d", r.seqLatency.spec.n),
        "MCPs/s", r.seqLatency.median("ours", "rate"), r.seqLatency.median("peer", "rate"), NONE, NONE));
    rows.add(Row.ratio(String.format(Locale.ROOT, "3b. async emit, 2 ms latency, N=%,d", r.asyncLatency.spec.n),
        "MCPs/s", r.asyncLatency.median("ours", "rate"), r.asyncLatency.median("peer", "rate"), 4, NONE));
    rows.add(Row.ratio("3b-. async emit, 2 ms latency, asyncBatching(false)", "MCPs/s",
        r.asyncLatency.median(UNBATCHED, "rate"), r.asyncLatency.median("peer", "rate"), NONE, NONE));
    rows.add(Row.ratio(String.format(Locale.ROOT, "4. batch emitAll vs peer's best (async), N=%,d", r.batch.spec.n),
        "MCPs/s", r.batch.median("ours", "rate"), r.batch.median("peer", "rate"), 5, NONE));
    rows.add(Row.ratio("4'. batch emitAll vs our own emitAsync (in the peer column), same runs", "MCPs/s",
        r.batch.median("ours", "rate"), r.batch.median(OURS_ASYNC, "rate"), 1, NONE));
    rows.add(Row.ratio("5. build + serialize, process CPU (GC incl.)", "µs/MCP",
        r.serialize.median("ours", "processCpuMicros"), r.serialize.median("peer", "processCpuMicros"), NONE, 1 / 3.0));
    rows.add(Row.ratio("5'. build + serialize, thread CPU", "µs/MCP", r.serialize.median("ours", "threadCpuMicros"),
        r.serialize.median("peer", "threadCpuMicros"), NONE, NONE));
    rows.add(Row.ratio("5-. build + serialize, process CPU: databind (ours) vs PegasusWriter (in the peer column)",
        "µs/MCP", r.serialize.median(NO_PEGASUS_WRITER, "processCpuMicros"),
        r.serialize.median("ours", "processCpuMicros"), 1.5, NONE));
    rows.add(Row.ratio("6. cold start: JVM launch to first ack", "ms", median(r.cold.get(0)), median(r.cold.get(1)),
        NONE, 0.5));
    rows.add(Row.ratio("6-. cold start: databind (ours) vs PegasusWriter (in the peer column)", "ms",
        median(r.cold.get(2)), median(r.cold.get(0)), 1.5, NONE));
    rows.add(Row.ratio(String.format(Locale.ROOT, "7. peak RSS, async emit of N=%,d in a fresh JVM", r.fresh.spec.n),
        "MB", r.fresh.median("ours", "rssKib") / 1024, r.fresh.median("peer", "rssKib") / 1024, NONE, 0.5));
    rows.add(Row.ratio("7'. peak RSS, async run (2), warm-up included", "MB", r.async.median("ours", "rssKib") / 1024,
        r.async.median("peer", "rssKib") / 1024, NONE, NONE));
    rows.add(Row.ratio("7''. largest heap left after a GC, async run (2)", "MB",
        r.async.median("ours", "heapAfterGcBytes") / 1048576, r.async.median("peer", "heapAfterGcBytes") / 1048576,
        NONE, NONE));
    rows.add(Row.custom("8. runtime dependency closure", "MB", r.oursClosure.megabytes(), r.peerClosure.megabytes(),
        "ours ≤ 8 MB", r.oursClosure.megabytes() <= 8.0));
    rows.add(Row.custom("8'. runtime dependency closure", "classes", r.oursClosure.classes, r.peerClosure.classes,
        "—", null));
    double worst = 0;
    for (RunResult q : r.queue.runs("ours")) {
      worst = Math.max(worst, q.hasResult() ? q.num("failed") + q.num("pending") : Double.POSITIVE_INFINITY);
    }
    rows.add(Row.custom(String.format(Locale.ROOT, "9. %,d async queued at 2 ms: failed", r.queue.spec.n), "MCPs",
        r.queue.median("ours", "failed") + r.queue.median("ours", "pending"),
        r.queue.median("peer", "failed") + r.queue.median("peer", "pending"), "ours 0 (every rep)", worst == 0));
    return rows;
  }
}
