package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code deprecation} aspect: whether an entity is deprecated, why, and by whom. {@code note} and
 * {@code actor} are required; a deprecation in force ({@code deprecated} true) needs a non-empty note, while
 * lifting one may leave the note empty, as DataHub itself does.
 *
 * <pre>{@code
 * Deprecation deprecation = Deprecation.of("Superseded by churn_model v2", CorpUserUrn.of("jdoe"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDeprecation.class)
@JsonDeserialize(as = ImmutableDeprecation.class)
public interface Deprecation extends Aspect, WithUnknownFields {
  /** The {@code deprecation} aspect type. */
  AspectType<Deprecation> TYPE = AspectType.of("deprecation", "com.linkedin.common.Deprecation", Deprecation.class,
      EntityTypes.GOVERNED);

  /** Whether the entity is deprecated. */
  @JsonProperty("deprecated")
  boolean deprecated();

  /** When the entity will be decommissioned, in epoch milliseconds, if planned. */
  @JsonProperty("decommissionTime")
  Optional<Long> decommissionTime();

  /** Why the entity is deprecated and what to use instead. */
  @JsonProperty("note")
  String note();

  /** Who deprecated the entity. */
  @JsonProperty("actor")
  Urn actor();

  /** The entity that replaces this one (servers released before 2025 do not know this field). */
  @JsonProperty("replacement")
  Optional<Urn> replacement();

  /** A deprecation in force, explained by {@code note}, made by {@code actor}. */
  static Deprecation of(String note, Urn actor) {
    return builder().deprecated(true).note(note).actor(actor).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (deprecated()) {
      Checks.checkNotEmpty("Deprecation.note", note());
    }
    decommissionTime().ifPresent(t -> Checks.checkTime("Deprecation.decommissionTime", t));
  }

  @Override
  default AspectType<Deprecation> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Deprecation}; {@code deprecated}, {@code note} and {@code actor} are required. */
  final class Builder extends ImmutableDeprecation.Builder {}
}
