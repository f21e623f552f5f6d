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
 * One hyperparameter of a model or training run ({@code com.linkedin.ml.metadata.MLHyperParam}). The value is
 * always text on the wire, even for numbers.
 *
 * <pre>{@code
 * Map<String, Object> params = new LinkedHashMap<>();
 * params.put("learning_rate", 0.1);
 * params.put("max_depth", 6);
 * List<MLHyperParam> hyperParams = MLHyperParam.listOf(params);
 * // [{"name":"learning_rate","value":"0.1"},{"name":"max_depth","value":"6"}]
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLHyperParam.class)
@JsonDeserialize(as = ImmutableMLHyperParam.class)
public interface MLHyperParam extends WithUnknownFields {
  /** The hyperparameter's name, e.g. {@code learning_rate}; one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  @Value.Parameter(order = 0)
  String name();

  /** What the hyperparameter controls. */
  @JsonProperty("description")
  Optional<String> description();

  /** The value as text, e.g. {@code "0.1"}. */
  @JsonProperty("value")
  @Value.Parameter(order = 1)
  Optional<String> value();

  /** When the value was recorded, in epoch milliseconds. */
  @JsonProperty("createdAt")
  Optional<Long> createdAt();

  /** Hyperparameter {@code name} with value {@code value}. */
  static MLHyperParam of(String name, String value) {
    return ImmutableMLHyperParam.of(name, Optional.of(Objects.requireNonNull(value, "value")));
  }

  /**
   * One hyperparameter per entry of {@code values}, in the map's iteration order (use a {@code LinkedHashMap} to
   * keep insertion order). Values may be numbers, strings or booleans and are written as {@code String.valueOf}
   * writes them ({@code 0.1}, {@code 6}, {@code true}).
   *
   * <p>A NaN or infinite {@code double} or {@code float} is refused: the value is the text of a JSON number, which
   * cannot be NaN or infinite (other SDKs would write {@code nan} or {@code inf} for the same value). DataHub
   * stores and shows any text, so to record one on purpose, pass the text: {@code MLHyperParam.of("loss", "NaN")}.
   *
   * @throws IllegalArgumentException if a name or value is null, a name is empty or holds a control character, a
   *     value is NaN, infinite or of another type; the message names the entry
   */
  static List<MLHyperParam> listOf(Map<String, ?> values) {
    return NamedValues.toList("hyperparameter", values, MLHyperParam::of);
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    NamedValues.check("MLHyperParam", name(), createdAt());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this hyperparameter's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link MLHyperParam}; {@code name} is required. */
  final class Builder extends ImmutableMLHyperParam.Builder {}
}
