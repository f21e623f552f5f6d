package io.mlmeta.lineage;

import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a lineage walk found: the nodes, ordered by hops and then URN, each with its path, and whether the node
 * limit cut the walk short. The start itself is not among the nodes. Immutable and thread-safe.
 */
public final class LineageResult {
  private final Urn start;
  private final LineageQuery query;
  private final List<LineageNode> nodes;
  private final boolean truncated;

  private LineageResult(Urn start, LineageQuery query, List<LineageNode> nodes, boolean truncated) {
    this.start = Objects.requireNonNull(start, "start");
    this.query = Objects.requireNonNull(query, "query");
    this.nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
    this.truncated = truncated;
  }

  /** A result of {@code query} from {@code start}. */
  public static LineageResult of(Urn start, LineageQuery query, List<LineageNode> nodes, boolean truncated) {
    return new LineageResult(start, query, nodes, truncated);
  }

  /** Where the walk started. */
  public Urn start() {
    return start;
  }

  /** The query walked. */
  public LineageQuery query() {
    return query;
  }

  /** The nodes found (of the query's return types), ordered by hops and then URN. */
  public List<LineageNode> nodes() {
    return nodes;
  }

  /** The URNs of {@link #nodes()}, in the same order. */
  public List<Urn> urns() {
    return nodes.stream().map(LineageNode::urn).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether the walk stopped at the query's node limit with more nodes found than it allowed: what is missing is
   * further away, or later by URN in the last hop level.
   */
  public boolean truncated() {
    return truncated;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineageResult)) {
      return false;
    }
    LineageResult r = (LineageResult) o;
    return r.start.equals(start) && r.query.equals(query) && r.nodes.equals(nodes) && r.truncated == truncated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, query, nodes, truncated);
  }

  @Override
  public String toString() {
    return "LineageResult{" + query.direction() + " of " + start + ": " + nodes.size() + " nodes"
        + (truncated ? ", truncated" : "") + "}";
  }
}
