package io.mlmeta.internal.json;

import java.util.List;

/**
 * A request body kept as the byte arrays that make it up (an envelope around already encoded proposals), so that
 * it is written to the socket part by part instead of being copied into one array first.
 */
public final class ByteParts {
  private static final byte[] COMMA = {','};

  private ByteParts() {}

  /** {@code open}, the {@code items} separated by commas, then {@code close}; the items are not copied. */
  public static byte[][] around(byte[] open, List<byte[]> items, byte[] close) {
    byte[][] parts = new byte[Math.max(2, 2 * items.size() + 1)][];
    int at = 0;
    parts[at++] = open;
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        parts[at++] = COMMA;
      }
      parts[at++] = items.get(i);
    }
    parts[at] = close;
    return parts;
  }

  /** The total length of {@code parts}. */
  public static long length(byte[][] parts) {
    long length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    return length;
  }

  /** {@code parts} copied into one array. */
  public static byte[] join(byte[][] parts) {
    byte[] joined = new byte[Math.toIntExact(length(parts))];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }
}
