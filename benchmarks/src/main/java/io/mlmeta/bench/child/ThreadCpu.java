package io.mlmeta.bench.child;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A diagnostic: CPU seconds per native thread of this JVM (JIT compilers and GC included), summed by thread name
 * without its number, from {@code /proc/self/task/<tid>/stat}. Printed by a child when {@code -Dbench.threadCpu=true}.
 */
final class ThreadCpu {
  private ThreadCpu() {}

  static String describe() {
    Map<String, Double> byName = new TreeMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Paths.get("/proc/self/task"))) {
      for (Path task : tasks) {
        String stat = new String(Files.readAllBytes(task.resolve("stat")), java.nio.charset.StandardCharsets.UTF_8);
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[-#]?\\d+$", "");
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        byName.merge(name, seconds, Double::sum);
      }
    } catch (IOException | RuntimeException e) {
      return "thread CPU unavailable: " + e;
    }
    List<String> parts = new ArrayList<>();
    byName.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .filter(e -> e.getValue() >= 0.05)
        .forEach(e -> parts.add(String.format(java.util.Locale.ROOT, "%s %.2fs", e.getKey(), e.getValue())));
    return "THREADCPU " + String.join(", ", parts);
  }
}
