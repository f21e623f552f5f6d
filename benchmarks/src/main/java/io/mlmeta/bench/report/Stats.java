package io.mlmeta.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians, ignoring missing values (NaN). */
public final class Stats {
  private Stats() {}

  /** The median of the values that are numbers; NaN if none is. */
  public static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>();
    for (Double v : values) {
      if (v != null && !v.isNaN()) {
        sorted.add(v);
      }
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
