package io.mlmeta.entity;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.aspect.InstitutionalMemoryMetadata;
import java.util.List;
import java.util.Objects;

/**
 * Documentation links of an entity (the {@code institutionalMemory} aspect). A link carries DataHub's default
 * create stamp (time 0 by {@code urn:li:corpuser:__ingestion}); adding a URL that is already there changes
 * nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasLinks<E> extends Modifiable<E> {
  /** The links. */
  default List<InstitutionalMemoryMetadata> links() {
    return aspect(InstitutionalMemory.TYPE).map(InstitutionalMemory::elements).orElse(List.of());
  }

  /** Adds a link to {@code url} described by {@code description}, unless that URL is there. */
  default E addLink(String url, String description) {
    InstitutionalMemoryMetadata link =
        InstitutionalMemoryMetadata.of(url, description, AuditStamp.of(0L, AuditStamp.INGESTION_ACTOR));
    return modify(InstitutionalMemory.TYPE, current -> {
      if (current != null && current.elements().stream().anyMatch(e -> Objects.equals(e.url(), url))) {
        return current;
      }
      return (current == null ? InstitutionalMemory.builder() : current.toBuilder()).addElement(link).build();
    });
  }
}
