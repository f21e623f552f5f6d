package io.mlmeta.local;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A separate process for the lock test: opens the store in {@code args[0]}, says {@code open <dir>}, and holds it until
 * stdin ends.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    try (LocalStore store = LocalStore.open(Path.of(args[0]))) {
      System.out.println("open " + store.directory());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our stdin
      }
    }
  }
}
