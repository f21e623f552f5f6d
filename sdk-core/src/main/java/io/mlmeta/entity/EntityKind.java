package io.mlmeta.entity;

import io.mlmeta.read.EntityAspects;
import java.util.Optional;
import java.util.Set;

/**
 * A module's entity types: the service-provider interface through which a module tells the entity client which
 * entity types it reads and how to turn an entity read from DataHub into its Java class. A module registers one
 * implementation, a public class with a public no-argument constructor, in
 * {@code META-INF/services/io.mlmeta.entity.EntityKind}; it is for the entity client, not for direct use.
 *
 * <p>An entity type may be read by several modules in part: a {@code container} is an experiment to one module and
 * a database to another. The entity client offers what it read to each provider whose {@link #entityTypes()} hold
 * its entity type, in class-path order, and takes the first entity returned.
 */
public interface EntityKind {
  /** The entity types this provider reads, whole or in part, e.g. {@code mlModel} and {@code container}. */
  Set<String> entityTypes();

  /**
   * The entity built from {@code read}, or empty when this provider does not take it: when its entity type is not
   * one of {@link #entityTypes()}, or is one the provider reads in part and {@code read} is not of that part (a
   * container whose sub-type is not the provider's).
   */
  Optional<Entity<?>> fromAspects(EntityAspects read);
}
