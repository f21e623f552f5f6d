package io.mlmeta.mlmodel;

import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import java.time.Instant;
import java.util.Objects;

/**
 * The builder calls of models, groups and experiments on top of {@link PlatformEntityBuilder}'s: glossary terms,
 * domain, links, display name and source-system times.
 */
abstract class GovernedEntityBuilder<B extends GovernedEntityBuilder<B, E>,
    E extends Entity<E> & HasOwners<E> & HasTags<E> & HasTerms<E> & HasDomain<E> & HasLinks<E>
        & EditableProperties<E> & NamedAndDated<E>> extends PlatformEntityBuilder<B, E> {

  /** Adds glossary term {@code term}. */
  public B addTerm(GlossaryTermUrn term) {
    Objects.requireNonNull(term, "term");
    return step(e -> e.addTerm(term));
  }

  /** The domain. */
  public B domain(DomainUrn domain) {
    Objects.requireNonNull(domain, "domain");
    return step(e -> e.setDomain(domain));
  }

  /** Adds a link to {@code url} described by {@code description}. */
  public B addLink(String url, String description) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(description, "description");
    return step(e -> e.addLink(url, description));
  }

  /** The name shown in DataHub (the key name is shown when none is given). */
  public B displayName(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    return step(e -> e.setDisplayName(displayName));
  }

  /** When the entity was created in its platform. */
  public B created(Instant created) {
    Objects.requireNonNull(created, "created");
    return step(e -> e.setCreated(created));
  }

  /** When the entity was created in its platform, in epoch milliseconds. */
  public B created(long createdMillis) {
    return created(Instant.ofEpochMilli(createdMillis));
  }

  /** When the entity was last changed in its platform. */
  public B lastModified(Instant lastModified) {
    Objects.requireNonNull(lastModified, "lastModified");
    return step(e -> e.setLastModified(lastModified));
  }

  /** When the entity was last changed in its platform, in epoch milliseconds. */
  public B lastModified(long lastModifiedMillis) {
    return lastModified(Instant.ofEpochMilli(lastModifiedMillis));
  }
}
