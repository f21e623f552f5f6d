package io.mlmeta.entity;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The two operations every entity offers and the {@code HasX} mixins build on: read an aspect, and change one with
 * a recorded change. Implemented by {@link Entity}.
 *
 * @param <E> the concrete entity type
 */
public interface Modifiable<E> {
  /** The aspect of {@code type}, if the entity has it. */
  <A extends Aspect> Optional<A> aspect(AspectType<A> type);

  /** Changes aspect {@code type}; see {@link Entity#modify}. */
  <A extends Aspect> E modify(AspectType<A> type, UnaryOperator<A> change);
}
