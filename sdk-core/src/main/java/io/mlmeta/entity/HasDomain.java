package io.mlmeta.entity;

import io.mlmeta.aspect.Domains;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The domain of an entity (the {@code domains} aspect; an entity belongs to at most one domain).
 *
 * @param <E> the concrete entity type
 */
public interface HasDomain<E> extends Modifiable<E> {
  /** The domain, if set. */
  default Optional<Urn> domain() {
    return aspect(Domains.TYPE).flatMap(d -> d.domains().stream().findFirst());
  }

  /**
   * Sets the domain, replacing any other; the aspect's other fields are kept and its domain associations follow
   * (see {@link Domains#withDomains}).
   */
  default E setDomain(DomainUrn domain) {
    Objects.requireNonNull(domain, "domain");
    return modify(Domains.TYPE, current -> current == null ? Domains.of(domain)
        : current.withDomains(List.of(domain)));
  }

  /** Takes the entity out of its domain, keeping the aspect's other fields. */
  default E removeDomain() {
    return modify(Domains.TYPE, current -> current == null ? Domains.of() : current.withDomains(List.of()));
  }
}
