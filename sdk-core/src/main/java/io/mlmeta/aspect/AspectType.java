package io.mlmeta.aspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Describes one kind of aspect: its wire name, the Pegasus record that defines it, the Java type that holds it,
 * the entity types it may be attached to, and whether it is a timeseries aspect.
 *
 * @param <A> the Java type of the aspect
 */
public final class AspectType<A extends Aspect> {
  private final String name;
  private final String pegasusClass;
  private final Class<A> javaType;
  private final Set<String> entityTypes;
  private final boolean timeseries;
  private final boolean anyEntity;
  private final List<RelationshipField> relationships;

  private AspectType(String name, String pegasusClass, Class<A> javaType, Set<String> entityTypes,
      boolean timeseries) {
    this(name, pegasusClass, javaType, entityTypes, timeseries, false, List.of());
  }

  private AspectType(String name, String pegasusClass, Class<A> javaType, Set<String> entityTypes,
      boolean timeseries, boolean anyEntity, List<RelationshipField> relationships) {
    this.name = Objects.requireNonNull(name, "name");
    this.pegasusClass = Objects.requireNonNull(pegasusClass, "pegasusClass");
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.entityTypes = Set.copyOf(entityTypes);
    this.timeseries = timeseries;
    this.anyEntity = anyEntity;
    this.relationships = Collections.unmodifiableList(new ArrayList<>(relationships));
  }

  /** A versioned aspect called {@code name}, defined by Pegasus record {@code pegasusClass}. */
  public static <A extends Aspect> AspectType<A> of(String name, String pegasusClass, Class<A> javaType,
      Set<String> entityTypes) {
    return new AspectType<>(name, pegasusClass, javaType, Objects.requireNonNull(entityTypes, "entityTypes"), false);
  }

  /** A timeseries aspect (kept as a series of events rather than versions) called {@code name}. */
  public static <A extends Aspect> AspectType<A> timeseries(String name, String pegasusClass, Class<A> javaType,
      Set<String> entityTypes) {
    return new AspectType<>(name, pegasusClass, javaType, Objects.requireNonNull(entityTypes, "entityTypes"), true);
  }

  /** The type of a {@link RawAspect} called {@code name}: any entity type may carry it. */
  public static AspectType<RawAspect> untyped(String name) {
    return new AspectType<>(name, "", RawAspect.class, Set.of(), false, true, List.of());
  }

  /** The wire name, e.g. {@code ownership}. */
  public String name() {
    return name;
  }

  /** The fully qualified Pegasus record name, e.g. {@code com.linkedin.common.Ownership}. */
  public String pegasusClass() {
    return pegasusClass;
  }

  /** The Java type that holds this aspect. */
  public Class<A> javaType() {
    return javaType;
  }

  /** The entity types this aspect may be attached to. */
  public Set<String> entityTypes() {
    return entityTypes;
  }

  /** Whether {@code entityType} may carry this aspect. */
  public boolean appliesTo(String entityType) {
    return anyEntity || entityTypes.contains(Objects.requireNonNull(entityType, "entityType"));
  }

  /** Whether this is a timeseries aspect. */
  public boolean isTimeseries() {
    return timeseries;
  }

  /**
   * This type with one more relationship: each URN found at {@code path} in the aspect's JSON is an edge called
   * {@code relationshipName} from the entity to that URN. The path is field names separated by {@code /}, with
   * {@code *} for every element of an array: {@code "owners/ * /owner"} (without the spaces).
   */
  public AspectType<A> withRelationship(String path, String relationshipName) {
    List<RelationshipField> more = new ArrayList<>(relationships);
    more.add(new RelationshipField(path, relationshipName));
    return new AspectType<>(name, pegasusClass, javaType, entityTypes, timeseries, anyEntity, more);
  }

  /** The relationships DataHub derives from this aspect (its {@code @Relationship} fields). */
  public List<RelationshipField> relationships() {
    return relationships;
  }

  @Override
  public String toString() {
    return "AspectType[" + name + "]";
  }
}
