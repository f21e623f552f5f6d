package io.mlmeta.internal.local;

import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relationship edges of the stored aspects, kept both ways: by the aspect they come from (outgoing) and by the
 * entity they point to (incoming). Not thread-safe: the store guards it.
 */
final class RelationshipIndex {
  private final Map<AspectKey, Set<Edge>> byAspect = new HashMap<>();
  private final Map<Urn, Set<Edge>> byTarget = new HashMap<>();

  /** Replaces the edges that come from aspect {@code key} with {@code edges} (none: the aspect is gone). */
  void put(AspectKey key, Set<Edge> edges) {
    Set<Edge> old = edges.isEmpty() ? byAspect.remove(key) : byAspect.put(key, edges);
    if (old != null) {
      for (Edge edge : old) {
        Set<Edge> in = byTarget.get(edge.target());
        in.remove(edge);
        if (in.isEmpty()) {
          byTarget.remove(edge.target());
        }
      }
    }
    for (Edge edge : edges) {
      byTarget.computeIfAbsent(edge.target(), t -> new LinkedHashSet<>()).add(edge);
    }
  }

  /**
   * The edges of {@code types} (all types when empty) at {@code urn} in {@code direction}, each (type, other end)
   * once, ordered by type and then URN. {@code aspectNames} are the aspects {@code urn} has.
   */
  List<Relationship> find(Urn urn, Set<String> aspectNames, Set<String> types, RelationshipDirection direction) {
    Set<Relationship> out = new LinkedHashSet<>();
    if (direction == RelationshipDirection.OUTGOING) {
      for (String aspectName : aspectNames) {
        for (Edge edge : byAspect.getOrDefault(new AspectKey(urn, aspectName), Set.of())) {
          if (types.isEmpty() || types.contains(edge.type())) {
            out.add(Relationship.of(edge.type(), edge.target()));
          }
        }
      }
    } else {
      for (Edge edge : byTarget.getOrDefault(urn, Set.of())) {
        if (types.isEmpty() || types.contains(edge.type())) {
          out.add(Relationship.of(edge.type(), edge.source()));
        }
      }
    }
    List<Relationship> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Relationship::type).thenComparing(Relationship::entity));
    return sorted;
  }
}
