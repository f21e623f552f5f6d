package io.mlmeta.internal.local;

import io.mlmeta.error.DataHubException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on the store's lock file, so that one store at a time (one process, one open store in it)
 * owns a directory. The file is left in place on release: deleting it could let two stores lock two files.
 */
final class DirectoryLock implements AutoCloseable {
  static final String FILE_NAME = "store.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir}.
   *
   * @throws DataHubException if another process, or another open store in this JVM, holds the directory
   * @throws IOException if the lock file cannot be opened
   */
  static DirectoryLock acquire(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new DataHubException("local store directory " + dir + " is locked by another process; "
            + "only one process at a time may open a local store (close the other one first)");
      }
      return new DirectoryLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new DataHubException("local store directory " + dir + " is locked by another process: a LocalStore "
          + "in this JVM already has it open (share that instance, or close it first)", e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
