package io.mlmeta.entity;

import io.mlmeta.aspect.Status;

/**
 * Soft deletion of an entity (the {@code status} aspect), for entity types that have no {@code deprecation}
 * aspect, such as training runs; {@link HasLifecycle} adds deprecation to it.
 *
 * @param <E> the concrete entity type
 */
public interface HasStatus<E> extends Modifiable<E> {
  /** Whether the entity is soft-deleted. */
  default boolean isRemoved() {
    return aspect(Status.TYPE).map(Status::removed).orElse(false);
  }

  /** Soft-deletes the entity: hidden from search and browse, metadata and the status's other fields kept. */
  default E softDelete() {
    return modify(Status.TYPE, current -> current == null ? Status.of(true) : current.toBuilder().removed(true).build());
  }

  /** Undoes a soft delete. */
  default E restore() {
    return modify(Status.TYPE, current -> current == null ? Status.of(false)
        : current.toBuilder().removed(false).build());
  }
}
