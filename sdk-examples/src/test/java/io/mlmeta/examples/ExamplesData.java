package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers for the tests that ask questions of the data the examples write. */
final class ExamplesData {
  private ExamplesData() {}

  /**
   * A new local store in {@code dir/store} holding what all the examples write (their export in
   * {@code dir/export.json}), their own output discarded; the caller closes it.
   */
  static DataHubClient inLocalStore(Path dir) {
    DataHubClient client = DataHubClient.local(dir.resolve("store"));
    RunAllExamples.run(client, dir.resolve("export.json"), LocalStoreTest.QUIET);
    return client;
  }

  /** The lines {@code snippet} prints to {@code System.out}, which is put back afterwards. */
  static List<String> printedBy(Runnable snippet) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      snippet.run();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
  }
}
