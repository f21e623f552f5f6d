package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.Patch;
import java.util.List;
import java.util.Optional;

/**
 * Applies a {@link Patch} to an aspect's JSON the way DataHub does: plain JSON-Patch {@code add}/{@code remove}/
 * {@code replace} on objects (maps such as {@code customProperties}) and arrays ({@code -} appends), and for the
 * keyed arrays of {@link ArrayKeys} a path {@code /<field>/<key>...} that addresses the element by its key. Missing
 * objects on the way of an {@code add} are created; removing what is not there does nothing. A patch that forces the
 * generic patch is applied as plain JSON Patch throughout, as GMS does.
 */
final class JsonPatcher {
  private JsonPatcher() {}

  /**
   * The aspect {@code current} (null: absent, start from {@code {}}) with {@code patch} applied; {@code current} is
   * not changed.
   *
   * @throws IllegalArgumentException if an operation cannot be applied; the message names it
   */
  static ObjectNode apply(String aspectName, ObjectNode current, Patch patch) {
    ObjectNode doc = current == null ? WireJson.MAPPER.createObjectNode() : current.deepCopy();
    for (Patch.Operation op : patch.operations()) {
      try {
        applyOne(aspectName, doc, op, patch.forceGenericPatch());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot apply '" + op.op().wireName() + " " + op.path() + "' to "
            + aspectName + ": " + e.getMessage(), e);
      }
    }
    return doc;
  }

  private static void applyOne(String aspectName, ObjectNode doc, Patch.Operation op, boolean generic) {
    List<String> path = JsonPointer.segments(op.path());
    JsonNode value = op.value().<JsonNode>map(WireJson.MAPPER::valueToTree).orElse(null);
    Optional<List<String>> keys = generic ? Optional.empty() : ArrayKeys.of(aspectName, path.get(0));
    if (keys.isPresent() && path.size() > 1 && !path.get(1).equals("-")) {
      KeyedArrays.apply(doc, path, op.op(), value, keys.get());
    } else {
      applyAt(doc, path, op.op(), value);
    }
  }

  /** Applies one plain JSON-Patch operation at {@code path} below {@code root}. */
  static void applyAt(JsonNode root, List<String> path, Patch.Op op, JsonNode value) {
    JsonNode parent = root;
    for (int i = 0; i < path.size() - 1; i++) {
      JsonNode child = child(parent, path.get(i));
      if (child == null || child.isNull()) {
        if (op == Patch.Op.REMOVE) {
          return;
        }
        if (op == Patch.Op.REPLACE || !parent.isObject()) {
          throw new IllegalArgumentException("no value at '" + path.get(i) + "'");
        }
        child = path.get(i + 1).equals("-") ? ((ObjectNode) parent).putArray(path.get(i))
            : ((ObjectNode) parent).putObject(path.get(i));
      }
      parent = child;
    }
    String last = path.get(path.size() - 1);
    if (parent.isObject()) {
      onObject((ObjectNode) parent, last, op, value);
    } else if (parent.isArray()) {
      onArray((ArrayNode) parent, last, op, value);
    } else {
      throw new IllegalArgumentException("'" + last + "' is below a " + parent.getNodeType() + ", not an object "
          + "or array");
    }
  }

  private static JsonNode child(JsonNode parent, String segment) {
    if (parent.isArray()) {
      int index = index(segment, parent.size() - 1);
      return parent.get(index);
    }
    return parent.get(segment);
  }

  private static void onObject(ObjectNode parent, String field, Patch.Op op, JsonNode value) {
    switch (op) {
      case ADD:
        parent.set(field, value);
        break;
      case REPLACE:
        if (!parent.has(field)) {
          throw new IllegalArgumentException("no field '" + field + "' to replace");
        }
        parent.set(field, value);
        break;
      case REMOVE:
        parent.remove(field);
        break;
      default:
        throw new AssertionError(op);
    }
  }

  private static void onArray(ArrayNode parent, String segment, Patch.Op op, JsonNode value) {
    if (segment.equals("-")) {
      if (op != Patch.Op.ADD) {
        throw new IllegalArgumentException("'-' (the end of an array) can only be added to");
      }
      parent.add(value);
      return;
    }
    int index = index(segment, op == Patch.Op.ADD ? parent.size() : parent.size() - 1);
    switch (op) {
      case ADD:
        parent.insert(index, value);
        break;
      case REPLACE:
        parent.set(index, value);
        break;
      case REMOVE:
        parent.remove(index);
        break;
      default:
        throw new AssertionError(op);
    }
  }

  private static int index(String segment, int max) {
    try {
      int index = Integer.parseInt(segment);
      if (index >= 0 && index <= max && (segment.equals("0") || !segment.startsWith("0"))) {
        return index;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("'" + segment + "' is not an index from 0 to " + max + " of the array");
  }
}
