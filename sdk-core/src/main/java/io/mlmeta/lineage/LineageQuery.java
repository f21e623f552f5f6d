package io.mlmeta.lineage;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a lineage walk looks for: its direction, how far it goes ({@link #maxHops()}, default 3), how many nodes it
 * visits at most ({@link #maxNodes()}, default 1,000), the entity types it stops at and the ones it returns, and
 * whether it crosses from a model to its other versions. Immutable and thread-safe.
 *
 * <pre>{@code
 * LineageQuery datasets = LineageQuery.upstream().returnTypes(Set.of("dataset")).build();
 * LineageQuery deployments = LineageQuery.downstream().maxHops(4).addReturnType("mlModelDeployment").build();
 * }</pre>
 */
public final class LineageQuery {
  /** The default hop limit. */
  public static final int DEFAULT_MAX_HOPS = 3;
  /** The default node limit. */
  public static final int DEFAULT_MAX_NODES = 1000;

  private final LineageDirection direction;
  private final int maxHops;
  private final int maxNodes;
  private final Set<String> stopAt;
  private final Set<String> returnTypes;
  private final boolean followVersions;

  private LineageQuery(Builder b) {
    this.direction = b.direction;
    this.maxHops = b.maxHops;
    this.maxNodes = b.maxNodes;
    this.stopAt = Collections.unmodifiableSet(new TreeSet<>(b.stopAt));
    this.returnTypes = Collections.unmodifiableSet(new TreeSet<>(b.returnTypes));
    this.followVersions = b.followVersions;
  }

  /** A builder for an upstream walk, holding the defaults. */
  public static Builder upstream() {
    return new Builder(LineageDirection.UPSTREAM);
  }

  /** A builder for a downstream walk, holding the defaults. */
  public static Builder downstream() {
    return new Builder(LineageDirection.DOWNSTREAM);
  }

  /** A builder for a walk in {@code direction}, holding the defaults. */
  public static Builder builder(LineageDirection direction) {
    return new Builder(Objects.requireNonNull(direction, "direction"));
  }

  /** A builder holding this query's values. */
  public Builder toBuilder() {
    return builder(direction).maxHops(maxHops).maxNodes(maxNodes).stopAt(stopAt).returnTypes(returnTypes)
        .followVersions(followVersions);
  }

  /** Which way the walk goes. */
  public LineageDirection direction() {
    return direction;
  }

  /** The most hops from the start a node may be; nodes that far are returned but not expanded. */
  public int maxHops() {
    return maxHops;
  }

  /**
   * The most nodes the walk visits, the start not counted (with {@link #returnTypes()}, fewer may be returned).
   * When a hop level finds more than fit, the first by URN are kept, the walk stops there and the result says
   * {@link LineageResult#truncated()}.
   */
  public int maxNodes() {
    return maxNodes;
  }

  /** Entity types whose nodes are returned but not walked through (the start is always walked from); sorted. */
  public Set<String> stopAt() {
    return stopAt;
  }

  /** The entity types of the nodes returned; empty (the default) means all. Others are still walked through. */
  public Set<String> returnTypes() {
    return returnTypes;
  }

  /**
   * Whether the walk also goes from a model to its version set ({@code VersionOf}) and from a version set to its
   * models, in either direction; default false, because another version is not lineage of this one.
   */
  public boolean followVersions() {
    return followVersions;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineageQuery)) {
      return false;
    }
    LineageQuery q = (LineageQuery) o;
    return q.direction == direction && q.maxHops == maxHops && q.maxNodes == maxNodes && q.stopAt.equals(stopAt)
        && q.returnTypes.equals(returnTypes) && q.followVersions == followVersions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, maxHops, maxNodes, stopAt, returnTypes, followVersions);
  }

  @Override
  public String toString() {
    return "LineageQuery{" + direction + ", maxHops=" + maxHops + ", maxNodes=" + maxNodes + ", stopAt=" + stopAt
        + ", returnTypes=" + returnTypes + ", followVersions=" + followVersions + "}";
  }

  /** Builds a {@link LineageQuery}; not thread-safe. Every value but the direction has a default. */
  public static final class Builder {
    private final LineageDirection direction;
    private int maxHops = DEFAULT_MAX_HOPS;
    private int maxNodes = DEFAULT_MAX_NODES;
    private Set<String> stopAt = new TreeSet<>();
    private Set<String> returnTypes = new TreeSet<>();
    private boolean followVersions;

    private Builder(LineageDirection direction) {
      this.direction = direction;
    }

    /** The hop limit, at least 1. Default {@value LineageQuery#DEFAULT_MAX_HOPS}. */
    public Builder maxHops(int maxHops) {
      this.maxHops = atLeastOne("maxHops", maxHops);
      return this;
    }

    /** The node limit, at least 1. Default {@value LineageQuery#DEFAULT_MAX_NODES}. */
    public Builder maxNodes(int maxNodes) {
      this.maxNodes = atLeastOne("maxNodes", maxNodes);
      return this;
    }

    /** Replaces the entity types to stop at, e.g. {@code Set.of("mlModel")}. */
    public Builder stopAt(Set<String> entityTypes) {
      this.stopAt = entityTypes("stopAt", entityTypes);
      return this;
    }

    /** Adds an entity type to stop at. */
    public Builder addStopAt(String entityType) {
      stopAt.add(entityType("stopAt", entityType));
      return this;
    }

    /** Replaces the entity types to return, e.g. {@code Set.of("dataset")}; empty: all. */
    public Builder returnTypes(Set<String> entityTypes) {
      this.returnTypes = entityTypes("returnTypes", entityTypes);
      return this;
    }

    /** Adds an entity type to return. */
    public Builder addReturnType(String entityType) {
      returnTypes.add(entityType("returnTypes", entityType));
      return this;
    }

    /** Whether to cross from a model to its other versions through its version set. Default false. */
    public Builder followVersions(boolean followVersions) {
      this.followVersions = followVersions;
      return this;
    }

    /** The query. */
    public LineageQuery build() {
      return new LineageQuery(this);
    }

    private static int atLeastOne(String field, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(field + " must be at least 1 but was " + value);
      }
      return value;
    }

    private static Set<String> entityTypes(String field, Set<String> types) {
      Objects.requireNonNull(types, field);
      Set<String> copy = new TreeSet<>();
      for (String type : types) {
        copy.add(entityType(field, type));
      }
      return copy;
    }

    private static String entityType(String field, String type) {
      Objects.requireNonNull(type, field);
      if (type.isEmpty() || type.contains(":")) {
        throw new IllegalArgumentException(field + " must hold entity type names such as 'dataset', not '" + type
            + "'");
      }
      return type;
    }
  }
}
