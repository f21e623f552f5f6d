package io.mlmeta.bench.kafka;

import io.mlmeta.bench.sink.Sink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka emitter beside the REST emitter, in one run: asynchronous emits of N benchmark proposals
 * ({@code mlModelProperties}, as in the benchmarks module), our {@code KafkaEmitter} (defaults: {@code acks=all},
 * idempotent, {@code linger.ms} 5) against a KRaft broker started in this JVM, and our {@code RestEmitter} (defaults:
 * asyncBatching) against the benchmarks module's loopback GMS sink; alternating fresh child JVMs
 * ({@code -Xmx1g -XX:+UseG1GC}), each after a warm-up in the same mode (rounds of N/10 for at least 5 s); medians.
 * Then peak RSS ({@code VmHWM}) of fresh JVMs without warm-up at N and 10 x N. Every run's count is checked: the
 * sink's proposals, or the records on the topic, must equal what the child sent.
 */
public final class KafkaBench {
  private static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-XX:+UseG1GC");

  private KafkaBench() {}

  /** Runs the benchmark: {@code --reps=3 --n=20000 --out=<file>}. */
  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      a.put(kv[0], kv[1]);
    }
    int reps = Integer.parseInt(a.getOrDefault("reps", "3"));
    int n = Integer.parseInt(a.getOrDefault("n", "20000"));
    Path out = Path.of(a.getOrDefault("out", "kafka.md"));
    String java = System.getProperty("java.home") + "/bin/java";
    String cp = System.getProperty("java.class.path");
    List<String> log = new ArrayList<>();
    int topics = 0;
    try (Sink sink = Sink.start(Duration.ofMinutes(40)); Broker broker = Broker.start();
        LoopbackRegistry registry = LoopbackRegistry.start()) {
      List<Double> rest = new ArrayList<>();
      List<Double> kafka = new ArrayList<>();
      for (int r = 1; r <= reps; r++) {
        rest.add(restRun(java, cp, sink, n, n / 10, log, "throughput " + r));
        String topic = "bench-" + (++topics);
        broker.createTopic(topic);
        kafka.add(kafkaRun(java, cp, broker, registry, topic, n, n / 10, log, "throughput " + r));
      }
      long[] rss = new long[4];
      rss[0] = rss(restRunResult(java, cp, sink, n, log, "rss N"));
      rss[1] = rss(restRunResult(java, cp, sink, 10 * n, log, "rss 10N"));
      String t1 = "bench-" + (++topics);
      broker.createTopic(t1);
      rss[2] = rss(kafkaRunResult(java, cp, broker, registry, t1, n, log, "rss N"));
      String t2 = "bench-" + (++topics);
      broker.createTopic(t2);
      rss[3] = rss(kafkaRunResult(java, cp, broker, registry, t2, 10 * n, log, "rss 10N"));

      String table = table(n, reps, median(kafka), median(rest), rss);
      System.out.println(table);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, "# Kafka emitter benchmark, " + Instant.now() + "\n\n"
          + "Command: `mvn -Pbench -pl benchmarks-kafka -am verify -DskipTests -Dbench.skip=true` (reps " + reps
          + ", N " + n + ")\n\n"
          + table + "\n## Runs\n\n" + String.join("\n", log) + "\n", StandardCharsets.UTF_8);
    }
  }

  private static String table(int n, int reps, double kafka, double rest, long[] rss) {
    return "| figure | unit | KafkaEmitter | RestEmitter | kafka/rest |\n|---|---|--:|--:|--:|\n"
        + String.format("| async emit, N=%,d, median of %d | MCPs/s | %,.0f | %,.0f | %.2f |%n", n, reps, kafka, rest,
            kafka / rest)
        + String.format("| peak RSS, N=%,d, no warm-up | MiB | %,d | %,d | %.2f |%n", n, rss[2] / 1024,
            rss[0] / 1024, (double) rss[2] / rss[0])
        + String.format("| peak RSS, 10 x N=%,d, no warm-up | MiB | %,d | %,d | %.2f |%n", 10 * n, rss[3] / 1024,
            rss[1] / 1024, (double) rss[3] / rss[1]);
  }

  private static double restRun(String java, String cp, Sink sink, int n, int warmup, List<String> log,
      String what) throws Exception {
    Map<String, String> r = restRunResult(java, cp, sink, n, warmup, log, what);
    return n / Double.parseDouble(r.get("seconds"));
  }

  private static Map<String, String> restRunResult(String java, String cp, Sink sink, int n, List<String> log,
      String what) throws Exception {
    return restRunResult(java, cp, sink, n, 0, log, what);
  }

  private static Map<String, String> restRunResult(String java, String cp, Sink sink, int n, int warmup,
      List<String> log, String what) throws Exception {
    sink.reset(Duration.ZERO);
    Map<String, String> r = child(java, cp, List.of("rest", sink.url(), String.valueOf(n),
        String.valueOf(warmup)));
    long received = sink.stats().proposals();
    check(r, n, received == Long.parseLong(r.get("sent")), "the sink received " + received + " proposals");
    log.add("- rest " + what + ": " + r + ", sink received " + received);
    System.out.println("  rest " + what + ": " + r);
    return r;
  }

  private static double kafkaRun(String java, String cp, Broker broker, LoopbackRegistry registry, String topic,
      int n, int warmup, List<String> log, String what) throws Exception {
    Map<String, String> r = kafkaRunResult(java, cp, broker, registry, topic, n, warmup, log, what);
    return n / Double.parseDouble(r.get("seconds"));
  }

  private static Map<String, String> kafkaRunResult(String java, String cp, Broker broker, LoopbackRegistry registry,
      String topic, int n, List<String> log, String what) throws Exception {
    return kafkaRunResult(java, cp, broker, registry, topic, n, 0, log, what);
  }

  private static Map<String, String> kafkaRunResult(String java, String cp, Broker broker, LoopbackRegistry registry,
      String topic, int n, int warmup, List<String> log, String what) throws Exception {
    Map<String, String> r = child(java, cp, List.of("kafka", broker.bootstrapServers(), registry.url(), topic,
        String.valueOf(n), String.valueOf(warmup)));
    long records = broker.records(topic);
    check(r, n, records == Long.parseLong(r.get("sent")), "the topic holds " + records + " records");
    log.add("- kafka " + what + ": " + r + ", topic " + topic + " holds " + records);
    System.out.println("  kafka " + what + ": " + r);
    return r;
  }

  private static void check(Map<String, String> r, int n, boolean counted, String counts) {
    if (!r.containsKey("seconds") || Long.parseLong(r.get("acked")) != n || !counted) {
      throw new IllegalStateException("run failed: " + r + "; " + counts);
    }
  }

  private static long rss(Map<String, String> r) {
    return Long.parseLong(r.get("rssKib"));
  }

  private static Map<String, String> child(String java, String cp, List<String> args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(cp);
    command.add(KafkaChild.class.getName());
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Map<String, String> result = new HashMap<>();
    List<String> tail = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("RESULT ")) {
          for (String kv : line.substring(7).split(" ")) {
            String[] parts = kv.split("=", 2);
            result.put(parts[0], parts[1]);
          }
        } else if (tail.size() < 20) {
          tail.add(line);
        }
      }
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("child " + args + " printed no result:\n" + String.join("\n", tail));
    }
    return result;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }
}
