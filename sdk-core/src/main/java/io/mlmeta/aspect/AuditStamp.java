package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/** Who changed something and when ({@code com.linkedin.common.AuditStamp}); the actor is required. */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableAuditStamp.class)
@JsonDeserialize(as = ImmutableAuditStamp.class)
public interface AuditStamp extends WithUnknownFields {
  /** The actor DataHub uses for changes made by ingestion, {@code urn:li:corpuser:__ingestion}. */
  CorpUserUrn INGESTION_ACTOR = CorpUserUrn.of("__ingestion");
  /** The actor DataHub uses when none is known, {@code urn:li:corpuser:unknown}. */
  CorpUserUrn UNKNOWN_ACTOR = CorpUserUrn.of("unknown");

  /** When, in epoch milliseconds. */
  @JsonProperty("time")
  long time();

  /** Who. */
  @JsonProperty("actor")
  Urn actor();

  /** Who acted on the actor's behalf, if anyone. */
  @JsonProperty("impersonator")
  Optional<Urn> impersonator();

  /** A note about the change. */
  @JsonProperty("message")
  Optional<String> message();

  /** A stamp for {@code actor} at {@code timeMillis}. */
  static AuditStamp of(long timeMillis, Urn actor) {
    return builder().time(timeMillis).actor(actor).build();
  }

  /** A stamp for {@code actor} at {@code timeMillis}. */
  static AuditStamp of(java.time.Instant time, Urn actor) {
    return of(Objects.requireNonNull(time, "time").toEpochMilli(), actor);
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkTime("AuditStamp.time", time());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this stamp's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link AuditStamp}; {@code time} and {@code actor} are required. */
  final class Builder extends ImmutableAuditStamp.Builder {}
}
