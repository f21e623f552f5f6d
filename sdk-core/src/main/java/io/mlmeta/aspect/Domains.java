package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.DomainUrn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code domains} aspect: the domains an entity belongs to (DataHub's UI shows one), and, on the newest DataHub
 * servers, {@code domainAssociations}: the same domains with context and attribution, plus domains propagated from
 * other entities. The server keeps the two in step and refuses a write that changes both inconsistently; change
 * the domains with {@link #withDomains}, which keeps them consistent.
 *
 * <pre>{@code
 * Domains domains = Domains.of(DomainUrn.of("forecasting"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDomains.class)
@JsonDeserialize(as = ImmutableDomains.class)
public interface Domains extends Aspect, WithUnknownFields {
  /** The {@code domains} aspect type. */
  AspectType<Domains> TYPE = AspectType.of("domains", "com.linkedin.domain.Domains", Domains.class,
      AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT)
      .withRelationship("domains/*", RelationshipTypes.ASSOCIATED_WITH);

  /** The domains, in order. */
  @JsonProperty("domains")
  List<DomainUrn> domains();

  /** The domains with context and attribution, as the newest servers keep them; absent on older servers. */
  @JsonProperty("domainAssociations")
  Optional<List<DomainAssociation>> domainAssociations();

  /**
   * This aspect with {@code domains} as its domains and the other fields kept. When it has
   * {@code domainAssociations}, they follow as DataHub's own server derives them: an association of a domain that
   * stays is kept (with its attribution and context), those of a domain that goes are dropped, and a domain that
   * has no association of its own (only a propagated one, or none) gets a plain one. Both server variants of
   * DataHub's domains hook accept the result.
   */
  default Domains withDomains(List<DomainUrn> domains) {
    Builder next = toBuilder().domains(domains);
    domainAssociations().ifPresent(associations -> {
      Set<DomainUrn> wanted = new LinkedHashSet<>(domains);
      List<DomainAssociation> kept = new ArrayList<>();
      Set<DomainUrn> own = new LinkedHashSet<>();
      for (DomainAssociation association : associations) {
        if (wanted.contains(association.domain())) {
          kept.add(association);
          if (!association.isPropagated()) {
            own.add(association.domain());
          }
        }
      }
      wanted.stream().filter(domain -> !own.contains(domain)).map(DomainAssociation::of).forEach(kept::add);
      next.domainAssociations(kept);
    });
    return next.build();
  }

  /** The aspect holding {@code domains}. */
  static Domains of(DomainUrn... domains) {
    return builder().addDomains(Objects.requireNonNull(domains, "domains")).build();
  }

  @Override
  default AspectType<Domains> aspectType() {
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

  /** Builds a {@link Domains}. */
  final class Builder extends ImmutableDomains.Builder {}
}
