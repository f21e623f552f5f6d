package io.mlmeta.lineage;

import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import java.util.Objects;

/**
 * One hop of a lineage path: from a node, over a relationship, to the next node, in the order the walk went (from
 * is nearer the start). {@link #direction()} says which end holds the edge: {@code OUTGOING} when {@code from}
 * does (a model is {@code TrainedBy} its run), {@code INCOMING} when {@code to} does (walking from a dataset to the
 * run that {@code Consumes} it). Immutable and thread-safe.
 */
public final class LineageHop {
  private final Urn from;
  private final String relationship;
  private final RelationshipDirection direction;
  private final Urn to;

  private LineageHop(Urn from, String relationship, RelationshipDirection direction, Urn to) {
    this.from = Objects.requireNonNull(from, "from");
    this.relationship = Objects.requireNonNull(relationship, "relationship");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.to = Objects.requireNonNull(to, "to");
    if (relationship.isEmpty()) {
      throw new IllegalArgumentException("relationship must not be empty but was ''");
    }
  }

  /**
   * A hop from {@code from} to {@code to} over {@code relationship}, whose edge is {@code direction} as seen from
   * {@code from}.
   */
  public static LineageHop of(Urn from, String relationship, RelationshipDirection direction, Urn to) {
    return new LineageHop(from, relationship, direction, to);
  }

  /** The node the hop leaves, nearer the start. */
  public Urn from() {
    return from;
  }

  /**
   * The relationship followed, one of {@link io.mlmeta.aspect.RelationshipTypes} (e.g. {@code TrainedBy}); for a
   * dataset named by a model card, which DataHub draws no relationship for, the aspect that names it:
   * {@code mlModelTrainingData} or {@code mlModelEvaluationData}.
   */
  public String relationship() {
    return relationship;
  }

  /** Which end holds the edge: {@code OUTGOING} when {@link #from()} does, {@code INCOMING} when {@link #to()} does. */
  public RelationshipDirection direction() {
    return direction;
  }

  /** The node the hop reaches. */
  public Urn to() {
    return to;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LineageHop)) {
      return false;
    }
    LineageHop h = (LineageHop) o;
    return h.from.equals(from) && h.relationship.equals(relationship) && h.direction == direction
        && h.to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, relationship, direction, to);
  }

  /** {@code from -TrainedBy-> to} for an outgoing edge, {@code from <-Consumes- to} for an incoming one. */
  @Override
  public String toString() {
    return direction == RelationshipDirection.OUTGOING ? from + " -" + relationship + "-> " + to
        : from + " <-" + relationship + "- " + to;
  }
}
