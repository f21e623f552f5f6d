package io.mlmeta.entity;

import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Status;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * Deprecation and soft deletion of an entity (the {@code deprecation} and {@code status} aspects).
 *
 * @param <E> the concrete entity type
 */
public interface HasLifecycle<E> extends Modifiable<E> {
  /** The deprecation, if one was recorded. */
  default Optional<Deprecation> deprecation() {
    return aspect(Deprecation.TYPE);
  }

  /** Marks the entity deprecated with {@code note} by {@code actor}. */
  default E deprecate(String note, Urn actor) {
    return setDeprecation(Deprecation.of(note, actor));
  }

  /** Records {@code deprecation} (with a replacement or decommission time, say). */
  default E setDeprecation(Deprecation deprecation) {
    Objects.requireNonNull(deprecation, "deprecation");
    return modify(Deprecation.TYPE, current -> deprecation);
  }

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
