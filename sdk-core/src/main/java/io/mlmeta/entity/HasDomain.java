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

  /** Sets the domain, replacing any other. */
  default E setDomain(DomainUrn domain) {
    Objects.requireNonNull(domain, "domain");
    return modify(Domains.TYPE, current -> current == null ? Domains.of(domain)
        : current.toBuilder().domains(List.of(domain)).build());
  }

  /** Takes the entity out of its domain. */
  default E removeDomain() {
    Domains none = Domains.of();
    return modify(Domains.TYPE, current -> none);
  }
}
