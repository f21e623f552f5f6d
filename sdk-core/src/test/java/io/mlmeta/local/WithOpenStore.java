package io.mlmeta.local;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a store opened in a fresh directory, closed after the test. */
abstract class WithOpenStore {
  @TempDir
  Path dir;
  LocalStore store;

  @BeforeEach
  final void openStore() {
    store = LocalStore.open(dir);
  }

  @AfterEach
  final void closeStore() {
    store.close();
  }

  /** Closes the store and opens the directory again, as a new process would. */
  final void reopen() {
    store.close();
    store = LocalStore.open(dir);
  }
}
