package io.mlmeta.bench.search;

import io.mlmeta.DataHubClient;
import io.mlmeta.bench.Host;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.search.SearchClient;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.TagUrn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search benchmark: {@link SearchCorpus} with {@code n} (1,000) per unit, 10,000 entities, in the local store;
 * each query of {@link #queries} after a warm-up, timed as a search ({@code search(query)}: the first page of 100
 * with the total) and as every URN ({@code toList()}, pages of 1,000); each answer's size is checked against the
 * count the corpus's rules give. Target: a search under 10 ms (median). Arguments {@code key=value}: {@code n},
 * {@code reps} (timed searches per query, 200), {@code warmupSeconds} (3 per query). Run with the benchmarks
 * module's classpath (README, "Benchmarks").
 */
public final class SearchBench {
  private SearchBench() {}

  /** Runs the benchmark and prints its figures. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      a.put(kv[0], kv[1]);
    }
    int n = Integer.parseInt(a.getOrDefault("n", "1000"));
    int reps = Integer.parseInt(a.getOrDefault("reps", "200"));
    double warmup = Double.parseDouble(a.getOrDefault("warmupSeconds", "3"));
    System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
        Host.loadAverage());
    Path dir = Files.createTempDirectory("search-bench");
    try (DataHubClient local = DataHubClient.local(dir)) {
      for (EmitResult result : local.emitter().emitAll(SearchCorpus.proposals(n))) {
        result.orThrow();
      }
      SearchClient search = local.search();
      long entities = search.search(SearchQuery.builder().includeRemoved(true).build()).total().orElse(-1);
      System.out.printf("local store, %,d entities; %d timed searches per query after %.0f s of warm-up%n",
          entities, reps, warmup);
      boolean met = true;
      for (Map.Entry<String, Query> q : queries(n).entrySet()) {
        met &= time(search, q.getKey(), q.getValue(), reps, warmup);
      }
      System.out.printf("target: a search under 10 ms (median): %s%n", met ? "met" : "MISSED");
      System.out.printf("load average at the end: %s%n", Host.loadAverage());
    } finally {
      Host.deleteTree(dir);
    }
  }

  /** A query and the number of matches the corpus's rules give. */
  static final class Query {
    final SearchQuery query;
    final long expected;

    Query(SearchQuery query, long expected) {
      this.query = query;
      this.expected = expected;
    }
  }

  static Map<String, Query> queries(int n) {
    Map<String, Query> q = new LinkedHashMap<>();
    long models = 0;
    long teamModels = 0;
    for (int i = 0; i < 4 * n; i++) {
      boolean live = i % 10 != 9;
      models += i % 3 == 0 && i % 4 == 0 && live ? 1 : 0;
      teamModels += i % 5 == 2 && i % 3 == 1 && i % 7 == 3 && live ? 1 : 0;
    }
    q.put("MLflow models tagged production", new Query(SearchQuery.builder().addEntityType("mlModel")
        .platform(DataPlatformUrn.of("mlflow")).addTag(TagUrn.of("production")).build(), models));
    q.put("deployments in service", new Query(SearchQuery.builder().addEntityType("mlModelDeployment")
        .deploymentStatus("IN_SERVICE").build(), (3L * n + 1) / 2));
    q.put("owner + domain + custom property, all ML types", new Query(SearchQuery.builder()
        .owner(CorpUserUrn.of("user-2")).domain(DomainUrn.of("domain-1")).putCustomProperty("team", "team-3")
        .build(), teamModels));
    long named = 0;
    for (int i = 0; i < 4 * n; i++) {
      named += String.valueOf(i).startsWith("12") && i % 10 != 9 ? 1 : 0;
    }
    q.put("name contains \"model 12\", all ML types (a scan of 10,000 names)", new Query(SearchQuery.builder()
        .nameContains("model 12").build(), named));
    return q;
  }

  private static boolean time(SearchClient search, String name, Query q, int reps, double warmupSeconds) {
    SearchQuery all = q.query.toBuilder().pageSize(SearchQuery.MAX_PAGE_SIZE).build();
    long found = search.search(all).toList().size();
    if (found != q.expected || search.search(q.query).total().orElse(-1) != q.expected) {
      throw new IllegalStateException(name + ": expected " + q.expected + " matches but found " + found);
    }
    long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < until) {
      search.search(q.query);
      search.search(all).toList();
    }
    double[] first = new double[reps];
    double[] every = new double[reps];
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      search.search(q.query);
      first[i] = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      search.search(all).toList();
      every[i] = (System.nanoTime() - t0) / 1e6;
    }
    System.out.printf("  %s: %,d matches; search (first page of 100, total): median %.2f ms, p90 %.2f ms;"
        + " all URNs: median %.2f ms%n", name, found, percentile(first, 50), percentile(first, 90),
        percentile(every, 50));
    return percentile(first, 50) < 10;
  }

  private static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
