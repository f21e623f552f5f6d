package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.entity.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The calls made on an entity builder, each kept as a step that calls the entity's own mutator, so that a builder and
 * the mutators share one implementation. {@code build()} makes a draft entity, applies the steps in call order and
 * returns a fresh entity holding the draft's aspects, with no changes recorded.
 *
 * @param <E> the entity built
 */
final class BuildSteps<E extends Entity<E>> {
  private final List<Consumer<E>> steps = new ArrayList<>();

  /** Adds a step to apply to the entity at build time. */
  void add(Consumer<E> step) {
    steps.add(step);
  }

  /** Applies the steps to {@code draft} and returns its aspects. */
  List<Aspect> applyTo(E draft) {
    for (Consumer<E> step : steps) {
      step.accept(draft);
    }
    return draft.aspects();
  }

  /** {@code value}, refusing a missing one with a message naming {@code entity}'s {@code field}. */
  static <T> T required(String entity, String field, T value) {
    if (value == null || (value instanceof String && ((String) value).isEmpty())) {
      throw new IllegalStateException(entity + "." + field + " is required but was "
          + (value == null ? "not set" : "empty"));
    }
    return value;
  }
}
