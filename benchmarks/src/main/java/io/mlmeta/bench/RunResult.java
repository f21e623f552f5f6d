package io.mlmeta.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one child JVM: the values of its {@code RESULT} line (empty if it printed none), the times at which
 * it printed {@code ACK} and exited (nanoseconds after launch), its exit code and its last output lines.
 */
final class RunResult {
  final Map<String, String> values = new LinkedHashMap<>();
  long ackNanos = -1;
  long exitNanos = -1;
  int exitCode = -1;
  boolean killed;
  String tail = "";
  String sinkNote = "";
  boolean sinkOk = true;

  static void parseInto(String line, RunResult r) {
    String rest = line.substring("RESULT".length()).trim();
    int failure = rest.indexOf(" firstFailure=");
    if (failure >= 0) {
      r.values.put("firstFailure", rest.substring(failure + " firstFailure=".length()));
      rest = rest.substring(0, failure);
    }
    for (String kv : rest.split(" ")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        r.values.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
  }

  boolean hasResult() {
    return values.containsKey("ok");
  }

  double num(String key) {
    String v = values.get(key);
    return v == null || v.equals("null") ? Double.NaN : Double.parseDouble(v);
  }

  String text(String key) {
    return values.getOrDefault(key, "");
  }
}
