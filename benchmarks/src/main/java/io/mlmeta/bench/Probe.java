package io.mlmeta.bench;

import io.mlmeta.bench.sink.Sink;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A tuning tool: runs one scenario against a fresh loopback sink, alternating the given SDKs, and prints every run,
 * e.g. {@code scenario=async n=20000 warmup=2000 warmupSeconds=5 latency=2 reps=3 sdks=ours,peer
 * maxInFlight=32}. Started with the
 * benchmarks module's runtime classpath, like {@link BenchMain}.
 */
public final class Probe {
  private Probe() {}

  /** Runs the probe. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      a.put(kv[0], kv[1]);
    }
    String scenario = a.getOrDefault("scenario", "async");
    int n = Integer.parseInt(a.getOrDefault("n", "20000"));
    Spec spec = new Spec(scenario, "probe " + scenario, scenario, scenario.equals("batch") ? "async" : scenario, n,
        Integer.parseInt(a.getOrDefault("warmup", String.valueOf(n / 10))),
        Double.parseDouble(a.getOrDefault("warmupSeconds", "5")),
        Integer.parseInt(a.getOrDefault("latency", "0")), Long.parseLong(a.getOrDefault("timeout", "300")),
        Integer.parseInt(a.getOrDefault("maxInFlight", "0")));
    String java = System.getProperty("java.home") + "/bin/java";
    try (Sink sink = Sink.start(Duration.ofMinutes(30))) {
      Runner run = new Runner(sink, new ChildLauncher(java, Classpaths.ofThisJvm()));
      if (scenario.equals("cold")) {
        run.coldStarts(Integer.parseInt(a.getOrDefault("reps", "3")), a.getOrDefault("sdks", "ours,peer").split(","));
      } else {
        run.pair(spec, Integer.parseInt(a.getOrDefault("reps", "1")), a.getOrDefault("sdks", "ours,peer").split(","));
      }
    }
  }
}
