package io.mlmeta.read;

import io.mlmeta.urn.Urn;
import java.util.Objects;

/** One edge found by a relationship query: its type (e.g. {@code DeployedTo}) and the entity at its other end. */
public final class Relationship {
  private final String type;
  private final Urn entity;

  private Relationship(String type, Urn entity) {
    this.type = Objects.requireNonNull(type, "type");
    this.entity = Objects.requireNonNull(entity, "entity");
  }

  /** An edge of {@code type} to or from {@code entity}. */
  public static Relationship of(String type, Urn entity) {
    return new Relationship(type, entity);
  }

  /** The relationship type, e.g. {@code DeployedTo}. */
  public String type() {
    return type;
  }

  /** The entity at the other end of the edge. */
  public Urn entity() {
    return entity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Relationship && ((Relationship) o).type.equals(type)
        && ((Relationship) o).entity.equals(entity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, entity);
  }

  @Override
  public String toString() {
    return type + " " + entity;
  }
}
