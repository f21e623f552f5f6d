package io.mlmeta.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The harness's options: {@code --reps} (alternating repetitions per SDK, at least 3 for the table; default 3),
 * {@code --n} (proposals per throughput run, default 20,000), {@code --quick} (a fast smoke pass: n 2,000 and one
 * repetition) and {@code --out} (the Markdown results file).
 */
final class BenchOptions {
  final int reps;
  final int n;
  final boolean quick;
  final Path out;

  private BenchOptions(int reps, int n, boolean quick, Path out) {
    this.reps = reps;
    this.n = n;
    this.quick = quick;
    this.out = out;
  }

  static BenchOptions parse(String[] args) {
    int reps = 3;
    int n = 20_000;
    boolean quick = false;
    Path out = Paths.get("benchmarks/results/latest.md");
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      String value = kv.length > 1 ? kv[1] : "true";
      switch (kv[0]) {
        case "reps":
          reps = Integer.parseInt(value);
          break;
        case "n":
          n = Integer.parseInt(value);
          break;
        case "quick":
          quick = Boolean.parseBoolean(value);
          break;
        case "out":
          out = Paths.get(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg
              + " (known: --reps=3 --n=20000 --quick=false --out=benchmarks/results/latest.md)");
      }
    }
    if (quick) {
      reps = 1;
      n = Math.min(n, 2_000);
    }
    if (reps < 1 || n < 100) {
      throw new IllegalArgumentException("need --reps >= 1 and --n >= 100");
    }
    return new BenchOptions(reps, n, quick, out);
  }
}
