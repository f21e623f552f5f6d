package io.mlmeta.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields newer than the oracle jar (built December 2024), as shared/spec/aspects.md marks them NEW. They are
 * removed before validating against the jar; everything else must validate as it is. Hand-written golden tests
 * cover these fields against the spec.
 */
final class NewFields {
  /** Paths per aspect; {@code *} is every array element. */
  private static final Map<String, List<String>> BY_ASPECT = Map.ofEntries(
      Map.entry("mlModelProperties", List.of("name", "created", "lastModified")),
      Map.entry("mlModelGroupProperties", List.of("externalUrl", "trainingJobs", "downstreamJobs", "name", "created",
          "lastModified")),
      Map.entry("ownership", List.of("owners/*/attribution")),
      Map.entry("deprecation", List.of("replacement")),
      Map.entry("status", List.of("lifecycleStage", "lifecycleLastUpdated")),
      Map.entry("institutionalMemory", List.of("elements/*/updateStamp", "elements/*/settings")),
      Map.entry("domains", List.of("domainAssociations")),
      Map.entry("dataProcessInstanceInput", List.of("inputEdges")),
      Map.entry("dataProcessInstanceOutput", List.of("outputEdges")),
      Map.entry("structuredProperties", List.of("properties/*/attribution")),
      Map.entry("documentation", List.of("lastModified")));

  /** Keys that are newer wherever they occur: VersionTag.metadataAttribution. */
  private static final Set<String> ANYWHERE = Set.of("metadataAttribution");

  /** FabricType symbols the jar does not know. */
  static final Set<String> NEW_FABRIC_TYPES = Set.of("PRD", "TST", "SIT", "SBX", "CERT");

  private NewFields() {}

  /** A copy of {@code aspectJson} without the fields the jar does not know. */
  static JsonNode strip(String aspectName, JsonNode aspectJson) {
    JsonNode copy = aspectJson.deepCopy();
    for (String path : BY_ASPECT.getOrDefault(aspectName, List.of())) {
      remove(copy, path.split("/"), 0);
    }
    removeAnywhere(copy);
    return copy;
  }

  private static void remove(JsonNode node, String[] path, int at) {
    if (node == null) {
      return;
    }
    String step = path[at];
    if (step.equals("*")) {
      node.forEach(child -> remove(child, path, at + 1));
    } else if (at == path.length - 1) {
      if (node instanceof ObjectNode) {
        ((ObjectNode) node).remove(step);
      }
    } else {
      remove(node.get(step), path, at + 1);
    }
  }

  private static void removeAnywhere(JsonNode node) {
    if (node instanceof ObjectNode) {
      ((ObjectNode) node).remove(ANYWHERE);
    }
    node.forEach(NewFields::removeAnywhere);
  }
}
