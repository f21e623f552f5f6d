package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.DomainUrn;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One domain of an entity with its context and attribution ({@code com.linkedin.domain.DomainAssociation}), an
 * element of {@link Domains#domainAssociations()} on the newest DataHub servers.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDomainAssociation.class)
@JsonDeserialize(as = ImmutableDomainAssociation.class)
public interface DomainAssociation extends WithUnknownFields {
  /** The domain. */
  @JsonProperty("domain")
  DomainUrn domain();

  /** Free-form context for the association, if any. */
  @JsonProperty("context")
  Optional<String> context();

  /** Who put the entity in the domain, and from where; propagated associations say so in its source details. */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /**
   * Whether DataHub propagated this association from another entity ({@code attribution.sourceDetail.propagated}
   * is {@code "true"}); such associations are not among {@link Domains#domains()}.
   */
  @JsonIgnore
  default boolean isPropagated() {
    return attribution().map(a -> "true".equalsIgnoreCase(a.sourceDetail().get("propagated"))).orElse(false);
  }

  /** An association with {@code domain} and nothing else. */
  static DomainAssociation of(DomainUrn domain) {
    return builder().domain(domain).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this association's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DomainAssociation}; {@code domain} is required. */
  final class Builder extends ImmutableDomainAssociation.Builder {}
}
