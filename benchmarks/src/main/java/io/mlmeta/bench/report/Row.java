package io.mlmeta.bench.report;

import java.util.Locale;

/**
 * One line of the results table: a figure with its unit, our median, the peer's median, the ratio ours/peer, the
 * target and whether it is met.
 */
public final class Row {
  final String figure;
  final String unit;
  final double ours;
  final double peer;
  final String target;
  final Boolean met;

  private Row(String figure, String unit, double ours, double peer, String target, Boolean met) {
    this.figure = figure;
    this.unit = unit;
    this.ours = ours;
    this.peer = peer;
    this.target = target;
    this.met = met;
  }

  /** A row whose target is a bound on the ratio: at least {@code min} (or at most {@code max}), or none (both NaN). */
  public static Row ratio(String figure, String unit, double ours, double peer, double min, double max) {
    double ratio = ours / peer;
    String target = !Double.isNaN(min) ? "≥ " + fmt(min) + "×" : !Double.isNaN(max) ? "≤ " + fmt(max) + "×" : "—";
    Boolean met = null;
    if (!Double.isNaN(min)) {
      met = ratio >= min;
    } else if (!Double.isNaN(max)) {
      met = ratio <= max;
    }
    return new Row(figure, unit, ours, peer, target, met);
  }

  /** A row with a target of its own ({@code met} null: no target). */
  public static Row custom(String figure, String unit, double ours, double peer, String target, Boolean met) {
    return new Row(figure, unit, ours, peer, target, met);
  }

  String ratioText() {
    double r = ours / peer;
    return Double.isNaN(r) || Double.isInfinite(r) ? "—" : String.format(Locale.ROOT, "%.2f", r);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    if (Math.abs(v) >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  String markdown() {
    return "| " + figure + " | " + unit + " | " + fmt(ours) + " | " + fmt(peer) + " | " + ratioText() + " | " + target
        + " | " + (met == null ? "—" : met ? "met" : "**missed**") + " |";
  }
}
