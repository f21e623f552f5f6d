package io.mlmeta.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.mcp.Patch;

/** JSON-Patch arrays back to {@link Patch} values. */
public final class PatchCodec {
  private PatchCodec() {}

  /**
   * Reads a JSON-Patch array, or DataHub's {@code {"patch": [...]}} envelope (with its {@code forceGenericPatch}).
   *
   * @throws IllegalArgumentException if the JSON is not a list of operations
   */
  public static Patch read(JsonNode json) {
    JsonNode ops = json.isObject() && json.has("patch") ? json.get("patch") : json;
    if (!ops.isArray()) {
      throw new IllegalArgumentException("a patch must be a JSON array of operations but was " + json);
    }
    Patch.Builder patch = Patch.builder();
    if (json.path("forceGenericPatch").asBoolean(false)) {
      patch.forceGenericPatch();
    }
    for (JsonNode op : ops) {
      String kind = op.path("op").asText();
      String path = op.path("path").asText();
      Object value = WireJson.MAPPER.convertValue(op.get("value"), Object.class);
      switch (kind) {
        case "add":
          patch.add(path, value);
          break;
        case "replace":
          patch.replace(path, value);
          break;
        case "remove":
          patch.remove(path);
          break;
        default:
          throw new IllegalArgumentException("unknown patch op '" + kind + "' in " + op);
      }
    }
    return patch.build();
  }
}
