package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of examples against a new local store in a temporary directory, open as {@link #client} per test. */
abstract class LocalStoreTest {
  /** Where the examples' own output goes when a test does not read it. */
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path dir;
  DataHubClient client;

  @BeforeEach
  void openStore() {
    client = DataHubClient.local(dir);
  }

  @AfterEach
  void closeStore() {
    client.close();
  }
}
