package io.mlmeta.mlmodel.internal;

import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.DataProcessInstanceOutput;
import io.mlmeta.aspect.Edge;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The input and output edits of a run, as DataHub's AI client writes them: each input or output is a lineage edge
 * ({@code inputEdges}/{@code outputEdges}, {@code {"destinationUrn": ...}}) and the plain URN lists are kept as
 * they are ({@code []} on a new run). Adding an entity that is already there, as an edge or a plain URN, changes
 * nothing.
 */
public final class RunLineage {
  /** What a run may read or write: datasets, models and other runs. */
  private static final Set<String> ENDPOINTS =
      Set.of(EntityTypes.DATASET, EntityTypes.ML_MODEL, EntityTypes.DATA_PROCESS_INSTANCE);

  private RunLineage() {}

  /** Adds input {@code urn}. */
  public static UnaryOperator<DataProcessInstanceInput> addInput(Urn urn) {
    check("input", urn);
    Edge edge = Edge.to(urn);
    return current -> {
      DataProcessInstanceInput in = current == null ? DataProcessInstanceInput.of() : current;
      return has(in.inputs(), in.inputEdges(), urn) ? in
          : in.toBuilder().inputEdges(Edits.plus(in.inputEdges(), edge)).build();
    };
  }

  /** Adds output {@code urn}. */
  public static UnaryOperator<DataProcessInstanceOutput> addOutput(Urn urn) {
    check("output", urn);
    Edge edge = Edge.to(urn);
    return current -> {
      DataProcessInstanceOutput out = current == null ? DataProcessInstanceOutput.of() : current;
      return has(out.outputs(), out.outputEdges(), urn) ? out
          : out.toBuilder().outputEdges(Edits.plus(out.outputEdges(), edge)).build();
    };
  }

  /** The entities of {@code plain} and {@code edges}, plain ones first. */
  public static List<Urn> endpoints(List<Urn> plain, List<Edge> edges) {
    List<Urn> all = new java.util.ArrayList<>(plain);
    edges.stream().map(Edge::destinationUrn).filter(u -> !all.contains(u)).forEach(all::add);
    return List.copyOf(all);
  }

  private static boolean has(List<Urn> plain, List<Edge> edges, Urn urn) {
    return plain.contains(urn) || edges.stream().anyMatch(e -> e.destinationUrn().equals(urn));
  }

  private static void check(String field, Urn urn) {
    Objects.requireNonNull(urn, field);
    if (!ENDPOINTS.contains(urn.entityType())) {
      throw new IllegalArgumentException(field + " must be a dataset, mlModel or dataProcessInstance URN but was "
          + urn);
    }
  }
}
