package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.TagUrn;
import java.util.Optional;
import org.immutables.value.Value;

/** One tag on an entity, with optional context and attribution ({@code com.linkedin.common.TagAssociation}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableTagAssociation.class)
@JsonDeserialize(as = ImmutableTagAssociation.class)
public interface TagAssociation extends WithUnknownFields {
  /** The tag. */
  @JsonProperty("tag")
  TagUrn tag();

  /** Free-form context for the association, if any. */
  @JsonProperty("context")
  Optional<String> context();

  /** Who attached the tag, and from where. */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /** An association with {@code tag} and nothing else. */
  static TagAssociation of(TagUrn tag) {
    return builder().tag(tag).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this association's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link TagAssociation}; {@code tag} is required. */
  final class Builder extends ImmutableTagAssociation.Builder {}
}
