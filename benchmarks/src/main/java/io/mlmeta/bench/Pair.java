package io.mlmeta.bench;

import io.mlmeta.bench.report.Stats;
import java.util.ArrayList;
import java.util.List;

/** The runs of one {@link Spec}, per SDK, in the order they ran (alternating ours, peer, ours, peer...). */
final class Pair {
  final Spec spec;
  final List<RunResult> ours = new ArrayList<>();
  final List<RunResult> peer = new ArrayList<>();

  Pair(Spec spec) {
    this.spec = spec;
  }

  List<RunResult> runs(String sdk) {
    return sdk.equals("ours") ? ours : peer;
  }

  /** The median of {@code key} over {@code sdk}'s runs that reported a result. */
  double median(String sdk, String key) {
    List<Double> values = new ArrayList<>();
    for (RunResult r : runs(sdk)) {
      values.add(r.hasResult() ? r.num(key) : Double.NaN);
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
    return ours.stream().allMatch(r -> r.sinkOk) && peer.stream().allMatch(r -> r.sinkOk);
  }
}
