package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.RelationshipField;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The edges an aspect's JSON gives through its type's {@link RelationshipField}s: every URN at the field's path,
 * where {@code *} stands for each element of an array. Values that are not URNs are skipped.
 */
final class EdgeExtractor {
  private EdgeExtractor() {}

  static Set<Edge> edges(Urn source, String aspectName, JsonNode json, List<RelationshipField> fields) {
    Set<Edge> out = new LinkedHashSet<>();
    for (RelationshipField field : fields) {
      List<JsonNode> found = new ArrayList<>();
      collect(json, field.path(), 0, found);
      for (JsonNode value : found) {
        if (value.isTextual()) {
          try {
            out.add(new Edge(source, aspectName, field.relationshipName(), Urn.parse(value.asText())));
          } catch (UrnSyntaxException e) {
            // not a URN: DataHub would have refused the aspect; the store keeps it but draws no edge
          }
        }
      }
    }
    return out;
  }

  private static void collect(JsonNode node, List<String> path, int at, List<JsonNode> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (at == path.size()) {
      if (node.isArray()) {
        node.forEach(out::add);
      } else {
        out.add(node);
      }
      return;
    }
    String step = path.get(at);
    if (step.equals("*")) {
      if (node.isArray()) {
        node.forEach(element -> collect(element, path, at + 1, out));
      }
      return;
    }
    collect(node.get(step), path, at + 1, out);
  }
}
