package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** A point in time with an optional actor ({@code com.linkedin.common.TimeStamp}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableTimeStamp.class)
@JsonDeserialize(as = ImmutableTimeStamp.class)
public interface TimeStamp extends WithUnknownFields {
  /** When, in epoch milliseconds. */
  @JsonProperty("time")
  long time();

  /** Who, if known. */
  @JsonProperty("actor")
  Optional<Urn> actor();

  /** A time stamp with no actor. */
  static TimeStamp of(long timeMillis) {
    return builder().time(timeMillis).build();
  }

  /** A time stamp with no actor. */
  static TimeStamp of(Instant time) {
    return of(Objects.requireNonNull(time, "time").toEpochMilli());
  }

  /** A time stamp by {@code actor}. */
  static TimeStamp of(long timeMillis, Urn actor) {
    return builder().time(timeMillis).actor(Objects.requireNonNull(actor, "actor")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkTime("TimeStamp.time", time());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this time stamp's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TimeStamp}; {@code time} is required. */
  final class Builder extends ImmutableTimeStamp.Builder {}
}
