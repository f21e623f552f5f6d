package io.mlmeta.compat;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One run of {@link CompatProgram} against a {@link FakeGms} of its own, in a child JVM (a pin set on one Java
 * runtime) or in the test's JVM (the reference: the build's own library versions): what it printed, what the server
 * was sent, and the files it wrote.
 */
final class ProgramRun {
  private static final long TIMEOUT_SECONDS = 180;

  final int exitCode;
  final String stdout;
  final String stderr;
  /** Every proposal the server was sent, as {@code changeType urn aspectName value}, sorted. */
  final List<String> received;
  final String export;
  final String file;
  final Duration took;

  private ProgramRun(int exitCode, String stdout, String stderr, List<String> received, Path work, Duration took)
      throws IOException {
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.received = received;
    this.export = readIfThere(work.resolve("export.json"));
    this.file = readIfThere(work.resolve("file.json"));
    this.took = took;
  }

  static ProgramRun inThisJvm(Path work, Path fixtures) throws Exception {
    long start = System.nanoTime();
    try (FakeGms gms = FakeGms.start(work.resolve("gms"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CompatProgram.run(gms.url(), work, fixtures, new PrintStream(out, true, UTF_8.name()));
      return new ProgramRun(0, out.toString(UTF_8.name()), "", received(gms), work,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  static ProgramRun child(Path java, String classPath, Path work, Path fixtures) throws Exception {
    long start = System.nanoTime();
    Files.createDirectories(work);
    try (FakeGms gms = FakeGms.start(work.resolve("gms"))) {
      Path out = work.resolve("stdout.txt");
      Path err = work.resolve("stderr.txt");
      Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
          "-XX:TieredStopAtLevel=1", "-cp", classPath, CompatProgram.class.getName(), gms.url(), work.toString(),
          fixtures.toString())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        Files.writeString(err, "\n(killed after " + TIMEOUT_SECONDS + " s)", UTF_8,
            StandardOpenOption.APPEND);
      }
      return new ProgramRun(process.isAlive() ? -1 : process.exitValue(), Files.readString(out, UTF_8),
          Files.readString(err, UTF_8), received(gms), work, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static List<String> received(FakeGms gms) throws InterruptedException {
    List<String> proposals = new ArrayList<>();
    RecordedRequest request;
    while ((request = gms.server().takeRequest(0, TimeUnit.SECONDS)) != null) {
      String action = request.getRequestUrl().queryParameter("action");
      if (!request.getMethod().equals("POST") || !request.getRequestUrl().encodedPath().equals("/aspects")) {
        continue;
      }
      JsonNode body = Golden.parse(request.getBody().readUtf8());
      List<JsonNode> items = new ArrayList<>();
      if ("ingestProposal".equals(action)) {
        items.add(body.get("proposal"));
      } else {
        body.path("proposals").forEach(items::add);
      }
      for (JsonNode p : items) {
        proposals.add(p.path("changeType").asText() + " " + p.path("entityUrn").asText() + " "
            + p.path("aspectName").asText() + " " + p.path("aspect").path("value").asText());
      }
    }
    proposals.sort(null);
    return proposals;
  }

  private static String readIfThere(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, UTF_8) : "";
  }
}
