package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
  @Test
  void cutsByCount() {
    assertThat(chunks(List.of(1, 2, 3, 4, 5), i -> 1, 2, 1000, 0, 0))
        .containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
  }

  @Test
  void cutsByBytesCountingOverheadAndSeparators() {
    // overhead 10 + 40 + 1 + 40 = 91 fits in 100; a third item would not.
    assertThat(chunks(List.of(40, 40, 40), i -> i, 200, 100, 10, 1))
        .containsExactly(List.of(40, 40), List.of(40));
  }

  @Test
  void itemLargerThanTheLimitGoesAlone() {
    assertThat(chunks(List.of(10, 500, 10), i -> i, 200, 100, 0, 1))
        .containsExactly(List.of(10), List.of(500), List.of(10));
  }

  @Test
  void noItemsNoChunks() {
    assertThat(chunks(List.<Integer>of(), i -> i, 2, 100, 0, 1)).isEmpty();
  }

  /** The batches of {@code items}, in order, through the incremental API the emitter uses. */
  private static <T> List<List<T>> chunks(List<T> items, java.util.function.ToLongFunction<T> size, int maxCount,
      long maxBytes, long fixedOverhead, long separator) {
    Chunker<T> chunker = new Chunker<>(size, maxCount, maxBytes, fixedOverhead, separator);
    List<List<T>> out = new java.util.ArrayList<>();
    for (T item : items) {
      List<T> full = chunker.add(item);
      if (full != null) {
        out.add(full);
      }
    }
    List<T> last = chunker.finish();
    if (last != null) {
      out.add(last);
    }
    return out;
  }
}
