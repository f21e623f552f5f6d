package io.mlmeta.internal.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's append-only log: an 8-byte magic {@code MLMLOG1\n}, then records framed as a 4-byte big-endian
 * payload length, the payload's 4-byte CRC32, and the payload. {@link #replay} reads it back ({@link LogScanner});
 * {@link #append} adds records durably; {@link #replaceWith} compacts it. Not thread-safe: the store serializes its
 * calls.
 */
final class LogFile implements AutoCloseable {
  /** The largest payload the log accepts or reads. */
  static final int MAX_PAYLOAD = StoreLimits.MAX_RECORD_BYTES;
  static final byte[] MAGIC = "MLMLOG1\n".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = 8;

  private static final Logger LOG = LoggerFactory.getLogger(LogFile.class);

  private final Path path;
  private FileChannel channel;
  private long end;

  private LogFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /**
   * Opens (creating if needed) the log at {@code path}, deleting what a crashed {@link #replaceWith} left; call
   * {@link #replay} before appending.
   */
  static LogFile open(Path path) throws IOException {
    Files.deleteIfExists(compactionFile(path));
    return new LogFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE));
  }

  /**
   * Hands every intact payload to {@code consumer}, in order, cutting away a torn last record, and leaves the log
   * ready for appending.
   *
   * @throws IOException if the log is not a store log, or is damaged before its last record
   */
  void replay(Consumer<byte[]> consumer) throws IOException {
    end = new LogScanner(path, channel).scan(consumer);
  }

  /**
   * Appends {@code payloads} and forces them to disk; on failure the log is cut back to where it was.
   *
   * @throws IOException if the payloads could not be written durably
   */
  void append(List<byte[]> payloads) throws IOException {
    long start = end;
    try {
      long at = writeFrames(channel, start, payloads);
      channel.force(false);
      end = at;
    } catch (IOException e) {
      try {
        channel.truncate(start);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Replaces the whole log with one holding only {@code payloads}: written and forced under a temporary name
   * beside the log, then renamed over it, so that a crash leaves either the old log or the new one.
   *
   * @throws IOException if the new log could not be written or put in place
   */
  void replaceWith(List<byte[]> payloads) throws IOException {
    Path temp = compactionFile(path);
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      long at = writeFully(out, 0, ByteBuffer.wrap(MAGIC));
      writeFrames(out, at, payloads);
      out.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory(path);
    channel.close();
    channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    end = channel.size();
  }

  /** Whether the log can be written: false once closed, or if {@link #replaceWith} could not reopen it. */
  boolean isOpen() {
    return channel.isOpen();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** The temporary file {@link #replaceWith} writes; one left by a crash is incomplete. */
  static Path compactionFile(Path log) {
    return log.resolveSibling(log.getFileName() + ".compact");
  }

  /** Makes {@code file}'s directory entry durable, where the platform allows opening a directory. */
  static void forceDirectory(Path file) {
    try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("cannot force the directory of {}: {}", file, e.toString());
    }
  }

  /** Writes {@code payloads} framed at {@code at}; returns the offset after them. */
  private static long writeFrames(FileChannel out, long at, List<byte[]> payloads) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    long next = at;
    for (byte[] payload : payloads) {
      header.clear();
      header.putInt(payload.length).putInt((int) LogScanner.crc(payload)).flip();
      next = writeFully(out, next, header);
      next = writeFully(out, next, ByteBuffer.wrap(payload));
    }
    return next;
  }

  private static long writeFully(FileChannel out, long at, ByteBuffer buffer) throws IOException {
    long next = at;
    while (buffer.hasRemaining()) {
      next += out.write(buffer, next);
    }
    return next;
  }
}
