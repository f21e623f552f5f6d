package io.mlmeta.entity;

import io.mlmeta.read.EntityAspects;

/**
 * A service-provider interface through which a module tells the entity client how to turn an entity read from
 * DataHub into its Java type. Register implementations in {@code META-INF/services/io.mlmeta.entity.EntityKind}.
 */
public interface EntityKind {
  /** The entity type handled, e.g. {@code mlModel}. */
  String entityType();

  /**
   * Whether this kind handles {@code read}; for entity types shared by several kinds (a container may be an
   * experiment or a database), the first kind that accepts it is used.
   */
  default boolean accepts(EntityAspects read) {
    return true;
  }

  /** The entity built from what was read. */
  Entity<?> fromAspects(EntityAspects read);
}
