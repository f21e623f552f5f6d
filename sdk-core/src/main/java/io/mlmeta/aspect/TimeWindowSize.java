package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/** A length of calendar time, such as 1 DAY or 15 MINUTE ({@code com.linkedin.timeseries.TimeWindowSize}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableTimeWindowSize.class)
@JsonDeserialize(as = ImmutableTimeWindowSize.class)
public interface TimeWindowSize extends WithUnknownFields {
  /** The unit. */
  @JsonProperty("unit")
  CalendarInterval unit();

  /** How many units; 1 unless set. */
  @JsonProperty("multiple")
  @Value.Default
  default int multiple() {
    return 1;
  }

  /** {@code multiple} times {@code unit}. */
  static TimeWindowSize of(CalendarInterval unit, int multiple) {
    return builder().unit(unit).multiple(multiple).build();
  }

  /** One {@code unit}. */
  static TimeWindowSize of(CalendarInterval unit) {
    return builder().unit(unit).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (multiple() < 1) {
      throw new IllegalArgumentException("TimeWindowSize.multiple must be >= 1 but was " + multiple());
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this size's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TimeWindowSize}; {@code unit} is required. */
  final class Builder extends ImmutableTimeWindowSize.Builder {}
}
