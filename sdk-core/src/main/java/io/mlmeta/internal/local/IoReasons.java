package io.mlmeta.internal.local;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reason of a failed file operation, in words, with the file: the JDK's {@code FileSystemException}s often carry
 * only the path in their message ({@code AccessDeniedException: /data/store/store.lock}), their reason being their
 * class.
 */
final class IoReasons {
  private IoReasons() {}

  /**
   * What went wrong with the store in {@code dir}, e.g. {@code permission denied: /data/store/store.lock (the store
   * needs a directory this user can write to)} or {@code not a directory: /data/plain.txt is a file}.
   */
  static String describe(Path dir, IOException e) {
    String file = e instanceof FileSystemException && ((FileSystemException) e).getFile() != null
        ? ((FileSystemException) e).getFile() : dir.toString();
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + file + " (the store needs a directory this user can write to)";
    }
    Path blocker = fileInTheWay(dir);
    if (blocker != null && (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
        || isReason(e, "not a directory"))) {
      return "not a directory: " + blocker + " is a file";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + file;
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory: " + file;
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way: " + file;
    }
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      return (reason == null || reason.isEmpty() ? e.getClass().getSimpleName() : reason) + ": " + file;
    }
    String message = e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
  }

  private static boolean isReason(IOException e, String reason) {
    return e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
        && ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT).equals(reason);
  }

  /** The nearest existing ancestor of {@code dir} (itself included) that is not a directory, or null. */
  private static Path fileInTheWay(Path dir) {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : p;
      }
    }
    return null;
  }
}
