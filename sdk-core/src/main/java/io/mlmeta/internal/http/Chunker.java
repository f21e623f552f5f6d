package io.mlmeta.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Splits items, as they come ({@link #add}, then {@link #finish}), into batches of at most {@code maxCount} items
 * and {@code maxBytes} bytes.
 *
 * @param <T> the items
 */
public final class Chunker<T> {
  private final ToLongFunction<T> size;
  private final int maxCount;
  private final long maxBytes;
  private final long fixedOverhead;
  private final long separator;
  private List<T> current = new ArrayList<>();
  private long bytes;

  /**
   * A chunker where a batch costs {@code fixedOverhead} plus each item's size plus {@code separator} between items;
   * an item too large for any batch goes alone.
   */
  public Chunker(ToLongFunction<T> size, int maxCount, long maxBytes, long fixedOverhead, long separator) {
    this.size = size;
    this.maxCount = maxCount;
    this.maxBytes = maxBytes;
    this.fixedOverhead = fixedOverhead;
    this.separator = separator;
    this.bytes = fixedOverhead;
  }

  /** Adds {@code item}; returns the batch it closed (the item starts the next one), or null. */
  public List<T> add(T item) {
    List<T> full = null;
    long itemBytes = size.applyAsLong(item) + (current.isEmpty() ? 0 : separator);
    if (!current.isEmpty() && (current.size() >= maxCount || bytes + itemBytes > maxBytes)) {
      full = current;
      current = new ArrayList<>();
      bytes = fixedOverhead;
      itemBytes = size.applyAsLong(item);
    }
    current.add(item);
    bytes += itemBytes;
    return full;
  }

  /** The last, partly filled batch, or null if there is none; the chunker is empty afterwards. */
  public List<T> finish() {
    if (current.isEmpty()) {
      return null;
    }
    List<T> last = current;
    current = new ArrayList<>();
    bytes = fixedOverhead;
    return last;
  }
}
