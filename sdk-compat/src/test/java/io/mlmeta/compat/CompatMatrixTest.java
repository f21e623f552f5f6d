package io.mlmeta.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility matrix: {@link CompatProgram} runs in a child JVM for every pin set on every supported Java
 * runtime (4 x 4 runs, two at a time), with only the SDK, the program and that pin set on its class path, each
 * against a fake GMS of its own; each run must print, send and write exactly what the same program does in this JVM
 * on the build's own versions. A runtime that is not installed is skipped with a message, except in CI
 * ({@code CI=true}), where it fails: {@code .ci/run} installs them ({@code sdk-compat/install-jdks.sh}).
 */
class CompatMatrixTest {
  private static final int PARALLEL = Integer.getInteger("compat.parallel", 2);
  private static final Map<String, Future<ProgramRun>> RUNS = new LinkedHashMap<>();
  private static ExecutorService pool;
  private static ProgramRun reference;
  private static long started;
  private static int fixtureCount;

  /** Where the runs write; on tmpfs where there is one, since each of their writes is synced to disk. */
  private static Path work;

  @TempDir
  static Path tempDir;

  @BeforeAll
  static void runTheMatrix() throws Exception {
    started = System.nanoTime();
    Path shm = Paths.get("/dev/shm");
    work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "mlmeta-compat-")
        : tempDir;
    Path fixtures = work.resolve("fixtures");
    fixtureCount = Fixtures.copyTo(fixtures);
    reference = ProgramRun.inThisJvm(work.resolve("reference"), fixtures);
    pool = Executors.newFixedThreadPool(PARALLEL);
    for (String set : PinSets.NAMES) {
      String classPath = PinSets.classPath(set);
      for (int feature : Jdks.FEATURES) {
        Optional<Path> home = Jdks.home(feature);
        if (home.isPresent()) {
          Path java = Jdks.java(home.get());
          Path cell = work.resolve(set + "-java" + feature);
          RUNS.put(name(set, feature), pool.submit(() -> ProgramRun.child(java, classPath, cell, fixtures)));
        }
      }
    }
    pool.shutdown();
  }

  @AfterAll
  static void summary() throws Exception {
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    if (work != null && !work.equals(tempDir)) {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    StringBuilder each = new StringBuilder();
    RUNS.forEach((name, run) -> {
      if (run.isDone() && !run.isCancelled()) {
        try {
          each.append(String.format("%n  %-24s %5.1f s", name, run.get().took.toMillis() / 1000.0));
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
          each.append(String.format("%n  %-24s failed: %s", name, e));
        }
      }
    });
    System.out.printf("compat matrix: reference run %.1f s, %d runs (%d at a time) in %d s%s%n",
        reference == null ? 0 : reference.took.toMillis() / 1000.0, RUNS.size(), PARALLEL,
        Duration.ofNanos(System.nanoTime() - started).toSeconds(), each);
  }

  @Test
  void theReferenceRunDidEverything() {
    assertThat(fixtureCount).as("golden fixtures").isGreaterThan(50);
    assertThat(reference.stdout).containsPattern("local: " + fixtureCount + " fixture aspects of \\d+ kinds written, "
        + "not read back typed: \\[\\]").containsPattern("rest: sent " + fixtureCount + " fixture aspects, read back "
        + "\\d+, differing: \\[\\]")
        .contains("local: async acknowledged 40/40", "rest: async acknowledged 40/40")
        .contains("local: limits: within taken, number beyond refused true, nesting beyond refused true")
        .contains("nulls: tags(Iterable) \"elements\", addTags(array) \"elements\", description(Optional) "
            + "\"optional\", putCustomProperty(Map.Entry) \"entry\"")
        .endsWith("DONE\n");
    assertThat(reference.received).hasSizeGreaterThan(150);
    assertThat(reference.export).startsWith("[\n{\n    \"entityType\": ");
  }

  @TestFactory
  List<DynamicTest> everyPinSetOnEveryJavaRuntime() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String set : PinSets.NAMES) {
      for (int feature : Jdks.FEATURES) {
        tests.add(DynamicTest.dynamicTest(name(set, feature), () -> check(set, feature)));
      }
    }
    return tests;
  }

  private static void check(String set, int feature) throws Exception {
    Future<ProgramRun> future = RUNS.get(name(set, feature));
    if (future == null) {
      String message = "Java " + feature + " is not installed (run sdk-compat/install-jdks.sh as root, or give its "
          + "home as -Dcompat.jdk." + feature + "=...)";
      assertThat(Jdks.inCi()).as(message + "; CI must run every runtime").isFalse();
      System.out.println("SKIPPED " + name(set, feature) + ": " + message);
      Assumptions.abort(message);
    }
    ProgramRun run = future.get();
    String context = name(set, feature) + "\n--- stdout\n" + run.stdout + "\n--- stderr\n" + run.stderr;
    assertThat(run.exitCode).as(context).isZero();
    assertThat(run.stdout).as(context).isEqualTo(reference.stdout);
    assertThat(run.received).as("what the server was sent, %s", name(set, feature)).isEqualTo(reference.received);
    assertThat(withoutTimes(run.export)).as("the export, %s", name(set, feature))
        .isEqualTo(withoutTimes(reference.export));
    assertThat(run.file).as("the metadata file, %s", name(set, feature)).isEqualTo(reference.file);
    checkLogging(set, run, context);
  }

  /**
   * The SDK prints nothing itself: without an SLF4J binding its standard error holds SLF4J's own notice only; with
   * one, the binding's lines, the TLS warning among them.
   */
  private static void checkLogging(String set, ProgramRun run, String context) {
    List<String> lines = Arrays.stream(run.stderr.split("\n")).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    if (PinSets.hasBinding(set)) {
      assertThat(lines).as(context)
          .allMatch(l -> l.startsWith("SLF4J") || l.matches("^\\[[^]]+\\] \\w+ io\\.mlmeta\\..*"))
          .anyMatch(l -> l.contains("WARN io.mlmeta.") && l.contains("TLS verification is OFF"));
    } else {
      assertThat(lines).as(context).isNotEmpty().allMatch(l -> l.startsWith("SLF4J"));
    }
  }

  /** The export without the store's {@code lastObserved} times, which are the clock's. */
  private static String withoutTimes(String export) {
    return export.replaceAll("\"lastObserved\": \\d+", "\"lastObserved\": 0");
  }

  private static String name(String set, int feature) {
    return set + " on Java " + feature;
  }
}
