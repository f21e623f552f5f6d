package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The amount of a {@link Cost} ({@code com.linkedin.common.CostValue}), DataHub's union of a numeric cost id and a
 * cost code. Exactly one is set, and on the wire it is the single key: {@code {"costId":12.5}} or
 * {@code {"costCode":"CC-42"}}.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableCostValue.class)
@JsonDeserialize(as = ImmutableCostValue.class)
public interface CostValue extends WithUnknownFields {
  /** The numeric cost id, when this is that member. */
  @JsonProperty("costId")
  Optional<Double> costId();

  /** The cost code, when this is that member. */
  @JsonProperty("costCode")
  Optional<String> costCode();

  /** The cost-id member, {@code {"costId":12.5}}. */
  static CostValue ofCostId(double costId) {
    return builder().costId(costId).build();
  }

  /** The cost-code member, {@code {"costCode":"CC-42"}}. */
  static CostValue ofCostCode(String costCode) {
    return builder().costCode(Objects.requireNonNull(costCode, "costCode")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (costId().isPresent() == costCode().isPresent()) {
      throw new IllegalStateException("CostValue must hold exactly one of costId and costCode but held "
          + (costId().isPresent() ? "both: " + costId().get() + " and '" + costCode().get() + "'" : "neither"));
    }
    costId().filter(id -> id.isNaN() || id.isInfinite()).ifPresent(id -> {
      throw new IllegalArgumentException("CostValue.costId must be a finite number but was " + id);
    });
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CostValue}; set exactly one of {@code costId} and {@code costCode}. */
  final class Builder extends ImmutableCostValue.Builder {}
}
