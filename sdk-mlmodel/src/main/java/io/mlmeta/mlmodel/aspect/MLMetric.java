package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.mlmodel.internal.NamedValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One metric of a model or training run, such as a training or online metric
 * ({@code com.linkedin.ml.metadata.MLMetric}). The value is always text on the wire, even for numbers.
 *
 * <pre>{@code
 * Map<String, Object> metrics = new LinkedHashMap<>();
 * metrics.put("accuracy", 0.87);
 * metrics.put("auc_roc", 0.91);
 * List<MLMetric> trainingMetrics = MLMetric.listOf(metrics);
 * // [{"name":"accuracy","value":"0.87"},{"name":"auc_roc","value":"0.91"}]
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLMetric.class)
@JsonDeserialize(as = ImmutableMLMetric.class)
public interface MLMetric extends WithUnknownFields {
  /** The metric's name, e.g. {@code accuracy}; one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  @Value.Parameter(order = 0)
  String name();

  /** What the metric measures. */
  @JsonProperty("description")
  Optional<String> description();

  /** The value as text, e.g. {@code "0.87"}. */
  @JsonProperty("value")
  @Value.Parameter(order = 1)
  Optional<String> value();

  /** When the value was recorded, in epoch milliseconds. */
  @JsonProperty("createdAt")
  Optional<Long> createdAt();

  /** Metric {@code name} with value {@code value}. */
  static MLMetric of(String name, String value) {
    return ImmutableMLMetric.of(name, Optional.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * One metric per entry of {@code values}, in the map's iteration order (use a {@code LinkedHashMap} to
   * keep insertion order). Values may be numbers, strings or booleans and are written as {@code String.valueOf}
   * writes them ({@code 0.87}, {@code 6}, {@code true}).
   *
   * <p>A NaN or infinite {@code double} or {@code float} is refused: the value is the text of a JSON number, which
   * cannot be NaN or infinite (other SDKs would write {@code nan} or {@code inf} for the same value). DataHub
   * stores and shows any text, so to record one on purpose, pass the text: {@code MLMetric.of("loss", "NaN")}.
   *
   * @throws IllegalArgumentException if a name or value is null, a name is empty or holds a control character, a
   *     value is NaN, infinite or of another type; the message names the entry
   */
  static List<MLMetric> listOf(Map<String, ?> values) {
    return NamedValues.toList("metric", values, MLMetric::of);
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    NamedValues.check("MLMetric", name(), createdAt());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this metric's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link MLMetric}; {@code name} is required. */
  final class Builder extends ImmutableMLMetric.Builder {}
}
