package io.mlmeta.kafka.internal;

import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** How many bytes the producer's buffer ({@code buffer.memory}) has free: its metric buffer-available-bytes. */
public final class BufferGauge {
  private final Metric available;

  /** The gauge of {@code producer}'s buffer. */
  public BufferGauge(Producer<?, ?> producer) {
    Metric found = null;
    for (Map.Entry<MetricName, ? extends Metric> e : producer.metrics().entrySet()) {
      if (e.getKey().name().equals("buffer-available-bytes") && e.getKey().group().equals("producer-metrics")) {
        found = e.getValue();
      }
    }
    if (found == null) {
      throw new IllegalStateException("the producer has no metric buffer-available-bytes");
    }
    this.available = found;
  }

  /** Whether {@code bytes} more fit in the buffer now. */
  public boolean fits(int bytes) {
    Object value = available.metricValue();
    return !(value instanceof Number) || ((Number) value).doubleValue() >= bytes;
  }
}
