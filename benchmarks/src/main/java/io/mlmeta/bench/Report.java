package io.mlmeta.bench;

import io.mlmeta.bench.report.Markdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one harness run measured, and its Markdown: the machine, the main table (medians, ratio ours/peer,
 * targets), memory per scenario, closure sizes, the backpressure run, the content check and every run's line.
 */
final class Report {
  final BenchOptions options;
  final String java;
  final double[] loadBefore;
  final Instant startedAt;
  Closure oursClosure;
  Closure peerClosure;
  String content = "";
  Pair seq;
  Pair async;
  Pair seqLatency;
  Pair asyncLatency;
  Pair batch;
  Pair serialize;
  Pair queue;
  Pair tenX;
  Pair fresh;
  List<List<Double>> cold;
  private List<String> log = new ArrayList<>();
  private double[] loadAfter = {-1, -1, -1};
  private double seconds;
  private final String nproc;
  private final String free;
  private final String javaVersion;
  private final String uptimeBefore;
  private String uptimeAfter = "";

  Report(BenchOptions options, String java, double[] loadBefore, Instant startedAt) {
    this.options = options;
    this.java = java;
    this.loadBefore = loadBefore;
    this.startedAt = startedAt;
    this.nproc = Machine.run(List.of("nproc"));
    this.free = Machine.run(List.of("free", "-h"));
    this.javaVersion = Machine.run(List.of(java, "-version"));
    this.uptimeBefore = Machine.run(List.of("uptime"));
  }

  void closures(Closure ours, Closure peer) {
    this.oursClosure = ours;
    this.peerClosure = peer;
  }

  void content(String verdict) {
    this.content = verdict;
  }

  void log(List<String> lines) {
    this.log = new ArrayList<>(lines);
  }

  void finish(double[] loadAfter, double seconds) {
    this.loadAfter = loadAfter;
    this.seconds = seconds;
    this.uptimeAfter = Machine.run(List.of("uptime"));
  }

  /** Whether other work loaded the machine when the run started (1-min load above half the cores). */
  boolean loaded() {
    int cores = Runtime.getRuntime().availableProcessors();
    return loadBefore[0] > 0.5 * cores;
  }

  String machine() {
    return "machine: nproc " + nproc + "\n" + free + "\n" + javaVersion + "\nuptime before: " + uptimeBefore
        + "\nchild JVMs: " + String.join(" ", ChildLauncher.JVM_FLAGS) + "; reps " + options.reps + "; N "
        + options.n + (options.quick ? " (quick)" : "");
  }

  Markdown markdown() {
    Markdown md = new Markdown();
    md.line("# mlmeta vs datahub-client-java8 0.15.0rc20: side-by-side benchmark").line("");
    if (loaded() || options.quick) {
      md.line(String.format(Locale.ROOT, "**SMOKE FIGURES%s%s.** Ratios come from the same run and are more "
          + "telling than the absolute numbers.", options.quick ? ": quick pass" : "", loaded()
          ? String.format(Locale.ROOT, ": the machine was loaded by other work (load average %.2f at the start, "
          + "%.2f at the end, on %s cores)", loadBefore[0], loadAfter[0], nproc) : "")).line("");
    }
    md.line(String.format(Locale.ROOT, "Run %s, %.0f s in all. Command: `%s` (harness options: --reps=%d --n=%d%s). "
        + "Each figure is the median of %d alternating runs (ours, peer, ours, peer...), each in a fresh child JVM "
        + "(`%s`) against the same loopback sink; cold start: median of %d.", startedAt, seconds, BenchMain.COMMAND,
        options.reps, options.n, options.quick ? " --quick" : "", options.reps, String.join(" ",
        ChildLauncher.JVM_FLAGS), cold == null ? 0 : cold.get(0).size())).line("");
    md.table(BenchMain.rowsFor(this));
    md.line("Content check: " + content + ". Every run's proposals were counted and checked by the sink: "
        + (allSinkOk() ? "all counts matched." : "**SOME COUNTS DID NOT MATCH, see the runs below.**")).line("");
    memory(md);
    backpressure(md);
    closure(md);
    md.line("## Machine").line("");
    md.block("$ nproc\n" + nproc + "\n$ free -h\n" + free + "\n$ java -version\n" + javaVersion
        + "\n$ uptime  # before\n" + uptimeBefore + "\n$ uptime  # after\n" + uptimeAfter);
    md.line("").line("## Every run").line("");
    md.block(String.join("\n", log));
    return md;
  }

  private boolean allSinkOk() {
    for (Pair p : new Pair[] {seq, async, seqLatency, asyncLatency, batch, queue, tenX, fresh}) {
      if (p != null && !p.sinkOk()) {
        return false;
      }
    }
    return true;
  }

  private void memory(Markdown md) {
    md.line("### Memory per scenario (medians; child JVMs with " + String.join(" ", ChildLauncher.JVM_FLAGS) + ")")
        .line("");
    md.line("| scenario | ours peak RSS MB | peer peak RSS MB | ours/peer | ours peak heap MB | peer peak heap MB "
        + "| ours max heap after GC MB | peer max heap after GC MB |");
    md.line("|---|--:|--:|--:|--:|--:|--:|--:|");
    for (Pair p : new Pair[] {seq, async, seqLatency, asyncLatency, batch, serialize, queue, fresh}) {
      for (String ours : new String[] {"ours", BenchMain.UNBATCHED}) {
        if (!p.has(ours)) {
          continue;
        }
        double o = p.median(ours, "rssKib") / 1024;
        double q = p.median("peer", "rssKib") / 1024;
        md.line("| " + p.spec.title + (ours.equals("ours") ? "" : " (ours: asyncBatching(false))") + " | "
            + Markdown.fmt(o) + " | " + Markdown.fmt(q) + " | " + String.format(Locale.ROOT, "%.2f", o / q) + " | "
            + Markdown.fmt(p.median(ours, "heapPeakBytes") / 1048576) + " | "
            + Markdown.fmt(p.median("peer", "heapPeakBytes") / 1048576) + " | "
            + Markdown.fmt(p.median(ours, "heapAfterGcBytes") / 1048576) + " | "
            + Markdown.fmt(p.median("peer", "heapAfterGcBytes") / 1048576) + " |");
      }
    }
    md.line("");
  }

  private void backpressure(Markdown md) {
    double tenRss = tenX.median("ours", "rssKib") / 1024;
    double oneRss = async.median("ours", "rssKib") / 1024;
    double tenAfter = tenX.median("ours", "heapAfterGcBytes") / 1048576;
    double oneAfter = async.median("ours", "heapAfterGcBytes") / 1048576;
    md.line("### Backpressure: our asynchronous emit at N and 10 × N").line("");
    md.line("| run | MCPs | MCPs/s | peak RSS MB | peak heap MB | max heap after GC MB |");
    md.line("|---|--:|--:|--:|--:|--:|");
    md.line(String.format(Locale.ROOT, "| N (median of scenario 2) | %,d | %s | %s | %s | %s |", async.spec.n,
        Markdown.fmt(async.median("ours", "rate")), Markdown.fmt(oneRss),
        Markdown.fmt(async.median("ours", "heapPeakBytes") / 1048576), Markdown.fmt(oneAfter)));
    md.line(String.format(Locale.ROOT, "| 10 × N (one run) | %,d | %s | %s | %s | %s |", tenX.spec.n,
        Markdown.fmt(tenX.median("ours", "rate")), Markdown.fmt(tenRss),
        Markdown.fmt(tenX.median("ours", "heapPeakBytes") / 1048576), Markdown.fmt(tenAfter)));
    md.line("").line(String.format(Locale.ROOT, "Target: memory stays bounded when N grows 10×; peak RSS at 10 × N is "
        + "%.2f × that at N: %s.", tenRss / oneRss, tenRss <= 1.5 * oneRss ? "met" : "**missed**")).line("");
  }

  private void closure(Markdown md) {
    md.line("### Runtime dependency closure").line("");
    md.line("| SDK | jars | MB (10^6 B) | MiB | classes |");
    md.line("|---|--:|--:|--:|--:|");
    md.line(String.format(Locale.ROOT, "| ours: sdk-core + sdk-mlmodel + runtime deps | %d | %.2f | %.2f | %,d |",
        oursClosure.jars, oursClosure.megabytes(), oursClosure.mebibytes(), oursClosure.classes));
    md.line(String.format(Locale.ROOT, "| peer: datahub-client-java8 (shaded) + slf4j-api | %d | %.2f | %.2f | %,d |",
        peerClosure.jars, peerClosure.megabytes(), peerClosure.mebibytes(), peerClosure.classes));
    md.line("");
  }
}
