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

  /** Soft-deletes the entity: hidden from search and browse, metadata kept. */
  default E softDelete() {
    Status removed = Status.of(true);
    return modify(Status.TYPE, current -> removed);
  }

  /** Undoes a soft delete. */
  default E restore() {
    Status live = Status.of(false);
    return modify(Status.TYPE, current -> live);
  }
}
