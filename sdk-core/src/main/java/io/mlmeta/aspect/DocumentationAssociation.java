package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One documentation text of an entity and its source ({@code com.linkedin.common.DocumentationAssociation}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDocumentationAssociation.class)
@JsonDeserialize(as = ImmutableDocumentationAssociation.class)
public interface DocumentationAssociation extends WithUnknownFields {
  /** The documentation text. */
  @JsonProperty("documentation")
  String documentation();

  /** Who supplied the documentation, and from where. */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /** An association holding {@code documentation} and no attribution. */
  static DocumentationAssociation of(String documentation) {
    return builder().documentation(documentation).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this association's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DocumentationAssociation}; {@code documentation} is required. */
  final class Builder extends ImmutableDocumentationAssociation.Builder {}
}
