package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A lineage edge to {@code destinationUrn}, with optional provenance ({@code com.linkedin.common.Edge}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableEdge.class)
@JsonDeserialize(as = ImmutableEdge.class)
public interface Edge extends WithUnknownFields {
  /** The entity the edge starts from; usually left out (the server knows it). */
  @JsonProperty("sourceUrn")
  Optional<Urn> sourceUrn();

  /** The entity the edge points to. */
  @JsonProperty("destinationUrn")
  Urn destinationUrn();

  /** When and by whom the edge was created. */
  @JsonProperty("created")
  Optional<AuditStamp> created();

  /** When and by whom the edge was last changed. */
  @JsonProperty("lastModified")
  Optional<AuditStamp> lastModified();

  /** Properties of the edge; left out when empty. */
  @JsonProperty("properties")
  Optional<Map<String, String>> properties();

  /** An edge to {@code destination}. */
  static Edge to(Urn destination) {
    return builder().destinationUrn(destination).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this edge's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link Edge}; {@code destinationUrn} is required. */
  final class Builder extends ImmutableEdge.Builder {}
}
