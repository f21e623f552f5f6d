package io.mlmeta.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts child JVMs with the same settings for both SDKs ({@link #JVM_FLAGS}), each with only its own SDK on the
 * classpath; reads their output, echoes progress, and kills a child that outlives its time limit.
 */
final class ChildLauncher {
  /** The heap and collector of every child: fixed and equal so that peak RSS compares. */
  static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-XX:+UseG1GC");
  /**
   * The prefix of our SDK's variants without one hand-made replacement, e.g. {@code ours-without-pegasusWriter}
   * (see {@code io.mlmeta.internal.HandMade}).
   */
  static final String WITHOUT = "ours-without-";

  private final String java;
  private final Classpaths classpaths;

  ChildLauncher(String java, Classpaths classpaths) {
    this.java = java;
    this.classpaths = classpaths;
  }

  /** Runs {@code mainClass} with {@code args} for {@code sdk}, at most {@code timeoutSeconds}. */
  RunResult run(String sdk, String mainClass, List<String> args, long timeoutSeconds) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(JVM_FLAGS);
    if (sdk.startsWith(WITHOUT)) {
      // ours with one hand-made replacement of library code turned off, to measure what it wins
      command.add("-Dmlmeta.handMade.off=" + sdk.substring(WITHOUT.length()));
    }
    String extra = System.getProperty("bench.childJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      // for profiling only, e.g. -Dbench.childJvmArgs=-XX:StartFlightRecording=filename=/tmp/run.jfr
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.add("-cp");
    command.add(classpaths.childClasspath(sdk));
    command.add(mainClass);
    command.addAll(args);
    RunResult r = new RunResult();
    Deque<String> tail = new ArrayDeque<>();
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Thread watchdog = new Thread(() -> {
      try {
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          r.killed = true;
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }, "watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("ACK") && r.ackNanos < 0) {
          r.ackNanos = System.nanoTime() - start;
        } else if (line.startsWith("RESULT ")) {
          RunResult.parseInto(line, r);
        } else if (line.startsWith("THREADCPU ")) {
          System.out.println("      " + sdk + ": " + line);
        } else if (line.startsWith("PROGRESS ")) {
          System.out.println("      " + sdk + ": " + line.substring("PROGRESS ".length()));
        } else {
          tail.addLast(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
        }
      }
    }
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      r.exitNanos = System.nanoTime() - start;
      r.exitCode = p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    } catch (IllegalThreadStateException e) {
      r.exitCode = -1;
    }
    r.tail = String.join("\n", tail);
    return r;
  }
}
