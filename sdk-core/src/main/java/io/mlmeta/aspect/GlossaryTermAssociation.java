package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One glossary term on an entity, with optional actor, context and attribution
 * ({@code com.linkedin.common.GlossaryTermAssociation}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableGlossaryTermAssociation.class)
@JsonDeserialize(as = ImmutableGlossaryTermAssociation.class)
public interface GlossaryTermAssociation extends WithUnknownFields {
  /** The term. */
  @JsonProperty("urn")
  GlossaryTermUrn urn();

  /** Who applied the term, if known. */
  @JsonProperty("actor")
  Optional<Urn> actor();

  /** Free-form context for the association, if any. */
  @JsonProperty("context")
  Optional<String> context();

  /** Who attached the term, and from where. */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /** An association with {@code term} and nothing else. */
  static GlossaryTermAssociation of(GlossaryTermUrn term) {
    return builder().urn(Objects.requireNonNull(term, "term")).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this association's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GlossaryTermAssociation}; {@code urn} is required. */
  final class Builder extends ImmutableGlossaryTermAssociation.Builder {}
}
