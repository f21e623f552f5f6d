package io.mlmeta.aspect;

/**
 * One aspect of an entity: a named, versioned record such as {@code ownership} or {@code mlModelProperties}.
 * Every aspect value knows its {@link AspectType}, which gives its wire name and the entity types it may be attached
 * to.
 */
public interface Aspect {
  /** The type of this aspect. */
  AspectType<?> aspectType();

  /** The aspect's wire name, e.g. {@code mlModelProperties}. */
  default String aspectName() {
    return aspectType().name();
  }
}
