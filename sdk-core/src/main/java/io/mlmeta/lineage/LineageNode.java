package io.mlmeta.lineage;

import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;

/**
 * A node a lineage walk found: its URN, how many hops from the start it is, and the path that reached it (a
 * shortest one; of several, the first by the URNs and relationship names along it). Immutable and thread-safe.
 */
public final class LineageNode {
  private final Urn urn;
  private final List<LineageHop> path;

  private LineageNode(Urn urn, List<LineageHop> path, boolean trusted) {
    this.urn = urn;
    this.path = path;
  }

  private LineageNode(Urn urn, List<LineageHop> path) {
    this.urn = Objects.requireNonNull(urn, "urn");
    this.path = List.copyOf(Objects.requireNonNull(path, "path"));
    if (this.path.isEmpty()) {
      throw new IllegalArgumentException("path of " + urn + " must have at least one hop but was []");
    }
    LineageHop last = this.path.get(this.path.size() - 1);
    if (!last.to().equals(urn)) {
      throw new IllegalArgumentException("path of " + urn + " must end at it but ends at " + last.to());
    }
    for (int i = 1; i < this.path.size(); i++) {
      if (!this.path.get(i).from().equals(this.path.get(i - 1).to())) {
        throw new IllegalArgumentException("path of " + urn + " is broken at hop " + (i + 1) + ": "
            + this.path.get(i - 1).to() + " then " + this.path.get(i).from());
      }
    }
  }

  /**
   * A node reached by {@code path}, the first hop first.
   *
   * @throws IllegalArgumentException if the path is empty, broken, or does not end at {@code urn}
   */
  public static LineageNode of(Urn urn, List<LineageHop> path) {
    return new LineageNode(urn, path);
  }

  /** A node of a walk: {@code path} is immutable, non-empty, unbroken and ends at {@code urn}. */
  static LineageNode walked(Urn urn, List<LineageHop> path) {
    return new LineageNode(urn, path, true);
  }

  /** The node. */
  public Urn urn() {
    return urn;
  }

  /** Its entity type, e.g. {@code dataset}. */
  public String entityType() {
    return urn.entityType();
  }

  /** How many hops from the start: the length of {@link #path()}, at least 1. */
  public int hops() {
    return path.size();
  }

  /** The hops from the start to this node, the first hop first. */
  public List<LineageHop> path() {
    return path;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineageNode && ((LineageNode) o).urn.equals(urn) && ((LineageNode) o).path.equals(path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(urn, path);
  }

  @Override
  public String toString() {
    return urn + " (" + hops() + (hops() == 1 ? " hop: " : " hops: ") + path + ")";
  }
}
