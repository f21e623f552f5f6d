package io.mlmeta.mlmodel;

import io.mlmeta.aspect.SubTypes;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.EntityKind;
import io.mlmeta.read.EntityAspects;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** An {@link EntityKind} made of an entity type, a test of what it accepts and the entity's read constructor. */
abstract class MlEntityKind implements EntityKind {
  private final String entityType;
  private final Predicate<EntityAspects> accepts;
  private final Function<EntityAspects, Entity<?>> factory;

  MlEntityKind(String entityType, Function<EntityAspects, Entity<?>> factory) {
    this(entityType, read -> true, factory);
  }

  MlEntityKind(String entityType, Predicate<EntityAspects> accepts, Function<EntityAspects, Entity<?>> factory) {
    this.entityType = entityType;
    this.accepts = accepts;
    this.factory = factory;
  }

  /** Whether what was read has sub-type {@code subType}. */
  static Predicate<EntityAspects> hasSubType(String subType) {
    return read -> read.aspect(SubTypes.TYPE).filter(s -> s.typeNames().contains(subType)).isPresent();
  }

  @Override
  public String entityType() {
    return entityType;
  }

  @Override
  public boolean accepts(EntityAspects read) {
    return accepts.test(Objects.requireNonNull(read, "read"));
  }

  @Override
  public Entity<?> fromAspects(EntityAspects read) {
    return factory.apply(Objects.requireNonNull(read, "read"));
  }
}
