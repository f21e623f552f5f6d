package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.TagAssociation;
import io.mlmeta.entity.EntityNotFoundException;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.read.EntityAspects;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the customer churn model back and prints its name, description, type, hyperparameters, training metrics,
 * tags, owners and intended use: the Java form of DataHub's {@code mlmodel_query_rest_api.py}.
 *
 * <p>The Python script calls {@code GET /entities/<urn>} and expects {@code {"urn": ..., "aspects":
 * {"mlModelProperties": {...}, ...}}}, a shape GMS does not return: the real answer nests the aspects as
 * {@code {"value": {"com.linkedin.metadata.snapshot.MLModelSnapshot": {"urn", "aspects": [{<class>: {...}}]}}}}, so the
 * script fails on {@code entity['urn']}. Here the SDK's reader does the request and parses the shape GMS really sends
 * ({@code /entitiesV2}, each aspect under {@code value}), or reads the local store.
 */
public final class QueryModel {
  private QueryModel() {}

  /**
   * Reads the model {@link CreateModel} made, prints it and returns what was read.
   *
   * @throws EntityNotFoundException if the model does not exist
   */
  public static EntityAspects run(DataHubClient client, PrintStream out) {
    EntityAspects entity = client.reader().getEntity(CreateModel.MODEL)
        .orElseThrow(() -> new EntityNotFoundException(CreateModel.MODEL, client.location()));

    out.println("Model URN: " + entity.urn());
    entity.aspect(MLModelProperties.TYPE).ifPresent(p -> {
      out.println("Name: " + p.name().orElse("(none)"));
      out.println("Description: " + p.description().orElse("(none)"));
      out.println("Type: " + p.type().orElse("(none)"));
      out.println("Hyperparameters: " + p.hyperParams().stream()
          .map(QueryModel::describe).collect(Collectors.joining(", ")));
      out.println("Training metrics: " + p.trainingMetrics().stream()
          .map(QueryModel::describe).collect(Collectors.joining(", ")));
    });
    out.println("Tags: " + join(entity.aspect(GlobalTags.TYPE).map(GlobalTags::tags).orElse(List.of()).stream()
        .map(TagAssociation::tag).collect(Collectors.toList())));
    out.println("Owners: " + join(entity.aspect(Ownership.TYPE).map(Ownership::owners).orElse(List.of()).stream()
        .map(Owner::owner).collect(Collectors.toList())));
    entity.aspect(IntendedUse.TYPE).ifPresent(use -> {
      out.println("Intended use: " + String.join("; ", use.primaryUses()));
      out.println("Intended users: " + join(use.primaryUsers()));
      out.println("Out of scope: " + String.join("; ", use.outOfScopeUses()));
    });
    return entity;
  }

  private static String describe(MLHyperParam param) {
    return param.name() + "=" + param.value().orElse("");
  }

  private static String describe(MLMetric metric) {
    return metric.name() + "=" + metric.value().orElse("");
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
