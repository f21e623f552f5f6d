package io.mlmeta.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Splits items into batches of at most {@code maxCount} items and {@code maxBytes} bytes. */
public final class Chunker {
  private Chunker() {}

  /**
   * The batches, in order. A batch costs {@code fixedOverhead} plus each item's size plus {@code separator} between
   * items; an item too large for any batch goes alone.
   */
  public static <T> List<List<T>> chunks(List<T> items, ToLongFunction<T> size, int maxCount, long maxBytes,
      long fixedOverhead, long separator) {
    List<List<T>> out = new ArrayList<>();
    List<T> current = new ArrayList<>();
    long bytes = fixedOverhead;
    for (T item : items) {
      long itemBytes = size.applyAsLong(item) + (current.isEmpty() ? 0 : separator);
      if (!current.isEmpty() && (current.size() >= maxCount || bytes + itemBytes > maxBytes)) {
        out.add(current);
        current = new ArrayList<>();
        bytes = fixedOverhead;
        itemBytes = size.applyAsLong(item);
      }
      current.add(item);
      bytes += itemBytes;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
