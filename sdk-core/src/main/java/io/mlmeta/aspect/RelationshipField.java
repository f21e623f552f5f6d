package io.mlmeta.aspect;

import java.util.List;
import java.util.Objects;

/**
 * A field of an aspect whose URN values are relationship edges in DataHub's graph, e.g. {@code deployments} of
 * {@code mlModelProperties} gives {@code DeployedTo} edges.
 */
public final class RelationshipField {
  private final List<String> path;
  private final String relationshipName;

  RelationshipField(String path, String relationshipName) {
    Objects.requireNonNull(path, "path");
    this.path = List.of(path.split("/"));
    this.relationshipName = Objects.requireNonNull(relationshipName, "relationshipName");
  }

  /** The path to the URN values: field names, with {@code *} for every element of an array. */
  public List<String> path() {
    return path;
  }

  /** The relationship's name, e.g. {@code DeployedTo}. */
  public String relationshipName() {
    return relationshipName;
  }

  @Override
  public String toString() {
    return String.join("/", path) + " -> " + relationshipName;
  }
}
