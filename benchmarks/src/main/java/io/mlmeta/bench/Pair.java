package io.mlmeta.bench;

import io.mlmeta.bench.report.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of one {@link Spec}, per SDK variant ("ours", "ours-unbatched", "peer"), in the order they ran (alternating
 * ours, peer, ours, peer...).
 */
final class Pair {
  final Spec spec;
  private final Map<String, List<RunResult>> runs = new LinkedHashMap<>();

  Pair(Spec spec) {
    this.spec = spec;
  }

  List<RunResult> runs(String sdk) {
    return runs.computeIfAbsent(sdk, k -> new ArrayList<>());
  }

  /** Whether {@code sdk} ran. */
  boolean has(String sdk) {
    return runs.containsKey(sdk);
  }

  /** The median of {@code key} over {@code sdk}'s runs that reported a result. */
  double median(String sdk, String key) {
    List<Double> values = new ArrayList<>();
    for (RunResult r : runs(sdk)) {
      values.add(r.hasResult() ? r.num(key) : Double.NaN);
    }
    return Stats.median(values);
  }

  /** The median over {@code sdk}'s runs of the client's process CPU per acknowledged proposal, in µs. */
  double cpuMicrosPerMcp(String sdk) {
    List<Double> values = new ArrayList<>();
    for (RunResult r : runs(sdk)) {
      values.add(r.hasResult() && r.num("ok") > 0 ? r.num("cpuSeconds") * 1e6 / r.num("ok") : Double.NaN);
    }
    return Stats.median(values);
  }

  /** The values of {@code key} over {@code sdk}'s runs, for the raw table. */
  List<Double> values(String sdk, String key) {
    List<Double> values = new ArrayList<>();
    for (RunResult r : runs(sdk)) {
      values.add(r.hasResult() ? r.num(key) : Double.NaN);
    }
    return values;
  }

  /** Whether every run of both SDKs passed the sink check. */
  boolean sinkOk() {
    return runs.values().stream().flatMap(List::stream).allMatch(r -> r.sinkOk);
  }
}
