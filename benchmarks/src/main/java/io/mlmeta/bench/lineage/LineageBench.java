package io.mlmeta.bench.lineage;

import io.mlmeta.DataHubClient;
import io.mlmeta.bench.Host;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.lineage.LineageClient;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.lineage.LineageResult;
import io.mlmeta.local.LocalStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lineage benchmark, in one run. (1) GMS: {@link LineageGraph} with {@code n} (1,000) entities per type behind
 * a loopback {@link GraphServer} that answers each request after {@code latency} (2) ms; a 3-hop downstream walk
 * from the shared dataset with the client's concurrency against the same walk one request at a time: the two
 * results must be equal, the figure is the ratio of the times (target: at least 8). (2) Local store: the graph with
 * {@code localN} (2,500) entities per type, 10,000 in all, the same walk after a warm-up (target: under 50 ms).
 * Arguments {@code key=value}: {@code n}, {@code latency}, {@code concurrency} (default
 * {@link LineageClient#DEFAULT_CONCURRENCY}), {@code localN}, {@code reps} (timed concurrent walks, 5),
 * {@code localReps} (timed local walks, 30), {@code warmupSeconds} (8, for each part), {@code parts}
 * ({@code gms,local}). Run with the benchmarks module's classpath (README, "Benchmarks").
 */
public final class LineageBench {
  private static final LineageQuery QUERY = LineageQuery.downstream().maxHops(3).maxNodes(1_000_000).build();

  private final Map<String, String> args;

  private LineageBench(Map<String, String> args) {
    this.args = args;
  }

  /** Runs both parts and prints their figures. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      a.put(kv[0], kv[1]);
    }
    LineageBench bench = new LineageBench(a);
    System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
        Host.loadAverage());
    Path dir = Files.createTempDirectory("lineage-bench");
    try {
      String parts = a.getOrDefault("parts", "gms,local");
      if (parts.contains("gms")) {
        bench.overHttp(dir.resolve("gms"));
      }
      if (parts.contains("local")) {
        bench.onTheLocalStore(dir.resolve("local"));
      }
      System.out.printf("load average at the end: %s%n", Host.loadAverage());
    } finally {
      Host.deleteTree(dir);
    }
  }

  private int intArg(String name, int fallback) {
    return Integer.parseInt(args.getOrDefault(name, String.valueOf(fallback)));
  }

  private double warmupSeconds() {
    return Double.parseDouble(args.getOrDefault("warmupSeconds", "8"));
  }

  /** Part 1: concurrent against one request at a time, over HTTP with the added latency. */
  private void overHttp(Path dir) throws IOException {
    int n = intArg("n", 1000);
    int latency = intArg("latency", 2);
    int concurrency = intArg("concurrency", LineageClient.DEFAULT_CONCURRENCY);
    int reps = intArg("reps", 5);
    try (LocalStore graph = LocalStore.open(dir)) {
      write(graph, n);
      try (GraphServer server = new GraphServer(graph, latency);
          DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(server.url())
              .deadline(Duration.ofSeconds(60)).build())) {
        LineageClient concurrent = client.lineage().withConcurrency(concurrency);
        LineageResult expected = concurrent.walk(LineageGraph.shared(), QUERY);
        check(expected, 3 * n);
        int warmups = warmUp(concurrent, warmupSeconds(), 2);
        double[] times = new double[reps];
        long before = server.requests();
        long cpu0 = processCpuNanos();
        for (int i = 0; i < reps; i++) {
          long t0 = System.nanoTime();
          LineageResult result = concurrent.walk(LineageGraph.shared(), QUERY);
          times[i] = (System.nanoTime() - t0) / 1e6;
          same(expected, result, "concurrent walk " + (i + 1));
        }
        double cpuPerRequest = (processCpuNanos() - cpu0) / 1e3 / (server.requests() - before);
        long requestsPerWalk = (server.requests() - before) / reps;
        long t0 = System.nanoTime();
        LineageResult one = client.lineage().withConcurrency(1).walk(LineageGraph.shared(), QUERY);
        double sequentialMs = (System.nanoTime() - t0) / 1e6;
        same(expected, one, "the sequential walk");
        double concurrentMs = median(times);
        System.out.printf("GMS, %,d entities per type, %d ms latency: a 3-hop downstream walk, %,d nodes, %,d"
            + " GET /relationships, after %d warm-up walks%n", n, latency, expected.nodes().size(), requestsPerWalk,
            warmups);
        System.out.printf("  concurrency %d: %,.0f ms (median of %d; all %s)%n", concurrency, concurrentMs, reps,
            Arrays.toString(Arrays.stream(times).mapToLong(Math::round).toArray()));
        System.out.printf("  one request at a time: %,.0f ms; the same result: yes%n", sequentialMs);
        System.out.printf("  CPU per request, client and server in this JVM, concurrent walks: %.0f us%n",
            cpuPerRequest);
        System.out.printf("  ratio: %.1fx faster (target >= 8x): %s%n", sequentialMs / concurrentMs,
            sequentialMs / concurrentMs >= 8 ? "met" : "MISSED");
      }
    }
  }

  /** Part 2: the walk on a local store of {@code 4 * localN} entities, in the calling thread. */
  private void onTheLocalStore(Path dir) {
    int localN = intArg("localN", 2500);
    int reps = intArg("localReps", 30);
    try (DataHubClient local = DataHubClient.local(dir)) {
      write(local.localStore().orElseThrow(), localN);
      LineageClient lineage = local.lineage();
      LineageResult expected = lineage.walk(LineageGraph.shared(), QUERY);
      check(expected, 3 * localN);
      int warmups = warmUp(lineage, warmupSeconds(), 20);
      double[] times = new double[reps];
      double[] cpu = new double[reps];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long allocated0 = allocatedBytes(threads);
      for (int i = 0; i < reps; i++) {
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LineageResult result = lineage.walk(LineageGraph.shared(), QUERY);
        times[i] = (System.nanoTime() - t0) / 1e6;
        cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        same(expected, result, "local walk " + (i + 1));
      }
      double allocatedMb = (allocatedBytes(threads) - allocated0) / 1e6 / reps;
      double[] sorted = times.clone();
      Arrays.sort(sorted);
      System.out.printf("local store, %,d entities: the same walk, %,d nodes, after %d warm-up walks%n",
          4 * localN, expected.nodes().size(), warmups);
      System.out.printf("  median %.1f ms, best %.1f ms, worst %.1f ms over %d walks (target < 50 ms): %s%n",
          median(times), sorted[0], sorted[sorted.length - 1], reps, median(times) < 50 ? "met" : "MISSED");
      System.out.printf("  the walking thread's CPU: median %.1f ms per walk; %.1f MB allocated per walk%n",
          median(cpu), allocatedMb);
    }
  }

  /** Walks for at least {@code seconds} and {@code walks} times, so that the JIT has compiled the walk. */
  private static int warmUp(LineageClient lineage, double seconds, int walks) {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    int done = 0;
    while (System.nanoTime() < until || done < walks) {
      lineage.walk(LineageGraph.shared(), QUERY);
      done++;
    }
    return done;
  }

  private static void write(LocalStore store, int n) {
    for (EmitResult result : store.emitAll(LineageGraph.proposals(n))) {
      result.orThrow();
    }
  }

  private static void check(LineageResult result, int nodes) {
    if (result.nodes().size() != nodes || result.truncated()) {
      throw new IllegalStateException("expected " + nodes + " nodes but the walk found " + result);
    }
  }

  private static void same(LineageResult expected, LineageResult actual, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(what + " differs from the first walk: " + actual + " vs " + expected);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static long allocatedBytes(ThreadMXBean threads) {
    return threads instanceof com.sun.management.ThreadMXBean
        ? ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
  }

  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1;
  }
}
