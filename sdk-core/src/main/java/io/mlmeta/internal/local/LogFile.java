package io.mlmeta.internal.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's append-only log: an 8-byte magic {@code MLMLOG1\n}, then records framed as a 4-byte big-endian
 * payload length, the payload's 4-byte CRC32, and the payload. {@link #replay} reads every record; a torn last
 * record (cut short, or failing its checksum at the very end of the file) is logged, cut away and ignored, while
 * damage before the last record is an error. Not thread-safe: the store serializes its calls.
 */
final class LogFile implements AutoCloseable {
  /** The largest payload the log accepts or reads (DataHub's own limit is 16 MB a request). */
  static final int MAX_PAYLOAD = 64 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(LogFile.class);
  private static final byte[] MAGIC = "MLMLOG1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 8;

  private final Path path;
  private final FileChannel channel;
  private long end;

  private LogFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /** Opens (creating if needed) the log at {@code path}; call {@link #replay} before appending. */
  static LogFile open(Path path) throws IOException {
    return new LogFile(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE));
  }

  /**
   * Hands every intact payload to {@code consumer}, in order, and leaves the log ready for appending.
   *
   * @throws IOException if the log is not a store log, or is damaged before its last record
   */
  void replay(Consumer<byte[]> consumer) throws IOException {
    long size = channel.size();
    if (size < MAGIC.length) {
      byte[] start = read(0, (int) size);
      if (!Arrays.equals(start, Arrays.copyOf(MAGIC, start.length))) {
        throw notALog();
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(MAGIC), 0);
      channel.force(true);
      forceDirectory();
      end = MAGIC.length;
      return;
    }
    if (!Arrays.equals(read(0, MAGIC.length), MAGIC)) {
      throw notALog();
    }
    long at = MAGIC.length;
    while (at < size) {
      if (size - at < HEADER) {
        cutTornTail(at, "its header is cut short");
        return;
      }
      ByteBuffer header = ByteBuffer.wrap(read(at, HEADER));
      int length = header.getInt();
      long crc = Integer.toUnsignedLong(header.getInt());
      if (length <= 0 || length > MAX_PAYLOAD) {
        if (zeroFrom(at, size)) {
          cutTornTail(at, "it is zero-filled");
          return;
        }
        throw damaged(at, "its length " + length + " is out of range");
      }
      if (at + HEADER + length > size) {
        cutTornTail(at, "it is cut short (" + (size - at - HEADER) + " of " + length + " bytes)");
        return;
      }
      byte[] payload = read(at + HEADER, length);
      if (crc(payload) != crc) {
        if (at + HEADER + length == size) {
          cutTornTail(at, "its checksum does not match");
          return;
        }
        throw damaged(at, "its checksum does not match");
      }
      try {
        consumer.accept(payload);
      } catch (RuntimeException e) {
        throw damaged(at, "its content cannot be read (" + e.getMessage() + ")");
      }
      at += HEADER + length;
    }
    end = at;
  }

  /**
   * Appends {@code payloads} and forces them to disk; on failure the log is cut back to where it was.
   *
   * @throws IOException if the payloads could not be written durably
   */
  void append(List<byte[]> payloads) throws IOException {
    int total = 0;
    for (byte[] payload : payloads) {
      total += HEADER + payload.length;
    }
    ByteBuffer buffer = ByteBuffer.allocate(total);
    for (byte[] payload : payloads) {
      buffer.putInt(payload.length).putInt((int) crc(payload)).put(payload);
    }
    buffer.flip();
    long start = end;
    try {
      long at = start;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
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

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private void cutTornTail(long at, String reason) throws IOException {
    LOG.warn("local store log {}: the last record, at offset {}, is torn ({}); cutting it away and ignoring it",
        path, at, reason);
    channel.truncate(at);
    channel.force(true);
    end = at;
  }

  /** Makes the new log's directory entry durable too, where the platform allows opening a directory. */
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(path.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("cannot force directory of {}: {}", path, e.toString());
    }
  }

  private boolean zeroFrom(long at, long size) throws IOException {
    for (long from = at; from < size; from += 65536) {
      for (byte b : read(from, (int) Math.min(65536, size - from))) {
        if (b != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private byte[] read(long at, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("unexpected end of " + path + " at offset " + (at + buffer.position()));
      }
    }
    return buffer.array();
  }

  private IOException notALog() {
    return new IOException(path + " is not an mlmeta local store log (its first bytes are not the log's magic)");
  }

  private IOException damaged(long at, String reason) {
    return new IOException("local store log " + path + " is damaged at offset " + at + ": " + reason
        + "; the records after it cannot be trusted, so the store will not open. Restore the directory from a "
        + "backup, or move the log away to start empty");
  }

  private static long crc(byte[] payload) {
    CRC32 crc = new CRC32();
    crc.update(payload);
    return crc.getValue();
  }
}
