package io.mlmeta.internal.local;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link LogFile} from the start: hands every intact payload on, and cuts away a torn last record (cut
 * short, zero-filled, or failing its checksum at the very end of the file) with a warning, while damage before the
 * last record is an error.
 */
final class LogScanner {
  private static final Logger LOG = LoggerFactory.getLogger(LogScanner.class);

  private final Path path;
  private final FileChannel channel;

  LogScanner(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /**
   * Hands every intact payload to {@code consumer}, in order; returns the offset where the next record goes. A new
   * (or cut short) log gets its magic.
   *
   * @throws IOException if the file is not a store log, or is damaged before its last record
   */
  long scan(Consumer<byte[]> consumer) throws IOException {
    long size = channel.size();
    byte[] magic = LogFile.MAGIC;
    if (size < magic.length) {
      byte[] start = read(0, (int) size);
      if (!Arrays.equals(start, Arrays.copyOf(magic, start.length))) {
        throw notALog();
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(magic), 0);
      channel.force(true);
      LogFile.forceDirectory(path);
      return magic.length;
    }
    if (!Arrays.equals(read(0, magic.length), magic)) {
      throw notALog();
    }
    long at = magic.length;
    while (at < size) {
      if (size - at < LogFile.HEADER) {
        return cutTornTail(at, "its header is cut short");
      }
      ByteBuffer header = ByteBuffer.wrap(read(at, LogFile.HEADER));
      int length = header.getInt();
      long crc = Integer.toUnsignedLong(header.getInt());
      if (length <= 0 || length > LogFile.MAX_PAYLOAD) {
        if (zeroFrom(at, size)) {
          return cutTornTail(at, "it is zero-filled");
        }
        throw damaged(at, "its length " + length + " is out of range");
      }
      long next = at + LogFile.HEADER + length;
      if (next > size) {
        return cutTornTail(at, "it is cut short (" + (size - at - LogFile.HEADER) + " of " + length + " bytes)");
      }
      byte[] payload = read(at + LogFile.HEADER, length);
      if (crc(payload) != crc) {
        if (next == size) {
          return cutTornTail(at, "its checksum does not match");
        }
        throw damaged(at, "its checksum does not match");
      }
      try {
        consumer.accept(payload);
      } catch (RuntimeException e) {
        throw damaged(at, "its content cannot be read (" + e.getMessage() + ")");
      }
      at = next;
    }
    return at;
  }

  static long crc(byte[] payload) {
    CRC32 crc = new CRC32();
    crc.update(payload);
    return crc.getValue();
  }

  private long cutTornTail(long at, String reason) throws IOException {
    LOG.warn("local store log {}: the last record, at offset {}, is torn ({}); cutting it away and ignoring it",
        path, at, reason);
    channel.truncate(at);
    channel.force(true);
    return at;
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
}
