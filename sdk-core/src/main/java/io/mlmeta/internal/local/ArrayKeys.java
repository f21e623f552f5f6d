package io.mlmeta.internal.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DataHub's array primary keys: for a PATCH path {@code /<field>/<key>...} on these aspects the segments after the
 * field name are the key of an array element, not an index. An empty key list means the elements are plain values
 * (URN strings) keyed by themselves.
 */
final class ArrayKeys {
  private static final List<String> SELF = List.of();
  private static final List<String> DESTINATION = List.of("destinationUrn");

  private static final Map<String, Map<String, List<String>>> KEYS = Map.ofEntries(
      Map.entry("ownership", Map.of("owners", List.of("owner", "type"))),
      Map.entry("globalTags", Map.of("tags", List.of("tag"))),
      Map.entry("glossaryTerms", Map.of("terms", List.of("urn"))),
      Map.entry("domains", Map.of("domains", SELF)),
      Map.entry("institutionalMemory", Map.of("elements", List.of("url", "description"))),
      Map.entry("structuredProperties", Map.of("properties", List.of("propertyUrn"))),
      Map.entry("upstreamLineage", Map.of("upstreams", List.of("dataset"))),
      Map.entry("dataProcessInstanceInput", Map.of("inputs", SELF, "inputEdges", DESTINATION)),
      Map.entry("dataProcessInstanceOutput", Map.of("outputs", SELF, "outputEdges", DESTINATION)),
      Map.entry("dataJobInputOutput", Map.of("inputDatasets", SELF, "outputDatasets", SELF, "inputDatajobs", SELF,
          "inputDatasetEdges", DESTINATION, "outputDatasetEdges", DESTINATION, "inputDatajobEdges", DESTINATION)),
      Map.entry("mlModelProperties", Map.of("mlFeatures", SELF, "groups", SELF, "deployments", SELF,
          "trainingJobs", SELF, "downstreamJobs", SELF)),
      Map.entry("editableSchemaMetadata", Map.of("editableSchemaFieldInfo", List.of("fieldPath"))));

  private ArrayKeys() {}

  /** The key fields of array {@code field} of aspect {@code aspectName}, if it is a keyed array. */
  static Optional<List<String>> of(String aspectName, String field) {
    return Optional.ofNullable(KEYS.getOrDefault(aspectName, Map.of()).get(field));
  }
}
