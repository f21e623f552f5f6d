package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/** A window of time: a start and a length ({@code com.linkedin.timeseries.TimeWindow}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableTimeWindow.class)
@JsonDeserialize(as = ImmutableTimeWindow.class)
public interface TimeWindow extends WithUnknownFields {
  /** The start, in epoch milliseconds. */
  @JsonProperty("startTimeMillis")
  long startTimeMillis();

  /** The length. */
  @JsonProperty("length")
  TimeWindowSize length();

  /** The window of {@code length} starting at {@code startTimeMillis}. */
  static TimeWindow of(long startTimeMillis, TimeWindowSize length) {
    return builder().startTimeMillis(startTimeMillis).length(length).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkTime("TimeWindow.startTimeMillis", startTimeMillis());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this window's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TimeWindow}; {@code startTimeMillis} and {@code length} are required. */
  final class Builder extends ImmutableTimeWindow.Builder {}
}
