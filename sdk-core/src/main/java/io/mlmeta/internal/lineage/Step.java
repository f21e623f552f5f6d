package io.mlmeta.internal.lineage;

import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import java.util.Comparator;

/**
 * One hop of a walk: from a node, over a relationship (or a model card aspect) asked in a direction, to a node.
 * Ordered by where it leads, then where it starts, then the relationship and direction, so that of several hops
 * to the same node the first is the one a walk keeps.
 */
public final class Step {
  static final Comparator<Step> ORDER = Comparator.comparing(Step::to).thenComparing(Step::from)
      .thenComparing(Step::via).thenComparing(Step::direction);

  private final Urn from;
  private final String via;
  private final RelationshipDirection direction;
  private final Urn to;

  Step(Urn from, String via, RelationshipDirection direction, Urn to) {
    this.from = from;
    this.via = via;
    this.direction = direction;
    this.to = to;
  }

  /** The node the hop leaves. */
  public Urn from() {
    return from;
  }

  /** The relationship name, or the model card aspect's name. */
  public String via() {
    return via;
  }

  /** How the edge was asked from {@link #from()}: OUTGOING when {@code from} holds it. */
  public RelationshipDirection direction() {
    return direction;
  }

  /** The node the hop reaches. */
  public Urn to() {
    return to;
  }

  @Override
  public String toString() {
    return from + " " + direction + " " + via + " " + to;
  }
}
