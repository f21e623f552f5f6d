package io.mlmeta.entity;

import io.mlmeta.aspect.Deprecation;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * Deprecation and soft deletion of an entity (the {@code deprecation} aspect, and {@code status} through
 * {@link HasStatus}).
 *
 * @param <E> the concrete entity type
 */
public interface HasLifecycle<E> extends HasStatus<E> {
  /** The deprecation, if one was recorded. */
  default Optional<Deprecation> deprecation() {
    return aspect(Deprecation.TYPE);
  }

  /** Marks the entity deprecated with {@code note} by {@code actor}. */
  default E deprecate(String note, Urn actor) {
    Deprecation fresh = Deprecation.of(note, actor);
    return modify(Deprecation.TYPE, current -> current == null ? fresh
        : current.toBuilder().deprecated(true).note(note).actor(actor).build());
  }

  /** Records {@code deprecation} (with a replacement or decommission time, say). */
  default E setDeprecation(Deprecation deprecation) {
    Objects.requireNonNull(deprecation, "deprecation");
    return modify(Deprecation.TYPE, current -> deprecation);
  }
}
