package io.mlmeta.entity;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.GlossaryTermAssociation;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.urn.GlossaryTermUrn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Glossary terms of an entity (the {@code glossaryTerms} aspect). A new aspect carries DataHub's default audit
 * stamp (time 0 by {@code urn:li:corpuser:__ingestion}); adding a term that is already there changes nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasTerms<E> extends Modifiable<E> {
  /** The audit stamp DataHub's SDK puts on a glossaryTerms aspect it creates. */
  AuditStamp DEFAULT_TERMS_STAMP = AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR);

  /** The terms. */
  default List<GlossaryTermUrn> terms() {
    return aspect(GlossaryTerms.TYPE).map(t -> t.terms().stream().map(GlossaryTermAssociation::urn)
        .collect(Collectors.toList())).orElse(List.of());
  }

  /** Adds {@code term} unless it is there. */
  default E addTerm(GlossaryTermUrn term) {
    Objects.requireNonNull(term, "term");
    return modify(GlossaryTerms.TYPE, current -> current != null && current.hasTerm(term) ? current
        : (current == null ? GlossaryTerms.builder().auditStamp(DEFAULT_TERMS_STAMP) : current.toBuilder())
            .addTerm(GlossaryTermAssociation.of(term)).build());
  }

  /** Removes {@code term}. */
  default E removeTerm(GlossaryTermUrn term) {
    Objects.requireNonNull(term, "term");
    return modify(GlossaryTerms.TYPE, current -> current == null ? GlossaryTerms.of(DEFAULT_TERMS_STAMP)
        : current.toBuilder().terms(current.terms().stream().filter(t -> !t.urn().equals(term))
            .collect(Collectors.toList())).build());
  }
}
