package io.mlmeta.examples;

import io.mlmeta.aspect.RelationshipTypes;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lineage the examples wrote, read back with {@code reader().relationships(...)}: dataset → training run →
 * model → model group from the AI workflow demo, the run's output dataset, and model → deployment for the
 * recommendation model. Edges are followed the way DataHub stores them (a run {@code DataProcessInstanceConsumes}
 * its input, a model is {@code TrainedBy} its run and a {@code MemberOf} its group, and {@code DeployedTo} its
 * deployment) and listed in the direction data flows.
 */
public final class Lineage {
  private Lineage() {}

  /** The lineage edges found, one line each: {@code from -> to  (how)}; empty when nothing is indexed yet. */
  public static List<String> edges(MetadataReader reader) {
    List<String> lines = new ArrayList<>();
    for (Urn run : related(reader, DemoDatasets.IRIS_INPUT, RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES,
        RelationshipDirection.INCOMING)) {
      lines.add(line(DemoDatasets.IRIS_INPUT, run, "the run DataProcessInstanceConsumes the dataset"));
      for (Urn output : related(reader, run, RelationshipTypes.DATA_PROCESS_INSTANCE_PRODUCES,
          RelationshipDirection.OUTGOING)) {
        lines.add(line(run, output, "the run DataProcessInstanceProduces the dataset"));
      }
      for (Urn trained : related(reader, run, RelationshipTypes.TRAINED_BY, RelationshipDirection.INCOMING)) {
        lines.add(line(run, trained, trained.entityType() + " TrainedBy the run"));
        if (trained.entityType().equals("mlModel")) {
          models(reader, trained, lines);
        }
      }
    }
    models(reader, RecommendationModel.MODEL, lines);
    return lines;
  }

  private static void models(MetadataReader reader, Urn model, List<String> lines) {
    for (Urn group : related(reader, model, RelationshipTypes.MEMBER_OF, RelationshipDirection.OUTGOING)) {
      lines.add(line(model, group, "the model is a MemberOf the group"));
    }
    for (Urn deployment : related(reader, model, RelationshipTypes.DEPLOYED_TO, RelationshipDirection.OUTGOING)) {
      lines.add(line(model, deployment, "the model is DeployedTo the deployment"));
    }
  }

  private static List<Urn> related(MetadataReader reader, Urn urn, String type, RelationshipDirection direction) {
    try (Stream<Relationship> edges = reader.relationships(urn, Set.of(type), direction)) {
      return edges.map(Relationship::entity).collect(Collectors.toList());
    }
  }

  private static String line(Urn from, Urn to, String how) {
    return from + " -> " + to + "  (" + how + ")";
  }
}
