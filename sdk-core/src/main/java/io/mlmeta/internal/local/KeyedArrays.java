package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.mcp.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * PATCH operations on DataHub's keyed arrays: {@code /owners/<owner>/<type>} addresses the owner elements whose
 * {@code owner} and {@code type} fields equal those segments. A path with fewer key segments than key fields
 * addresses every element that matches the ones given ({@code remove /owners/<owner>} removes all its types); a
 * path with more segments goes on inside the one matching element.
 */
final class KeyedArrays {
  private KeyedArrays() {}

  static void apply(ObjectNode doc, List<String> path, Patch.Op op, JsonNode value, List<String> keyFields) {
    String field = path.get(0);
    JsonNode found = doc.get(field);
    if (found == null || found.isNull()) {
      if (op == Patch.Op.REMOVE) {
        return;
      }
      found = doc.putArray(field);
    }
    if (!found.isArray()) {
      throw new IllegalArgumentException("'" + field + "' is a " + found.getNodeType() + ", not an array");
    }
    ArrayNode array = (ArrayNode) found;
    int keyLength = Math.min(Math.max(1, keyFields.size()), path.size() - 1);
    List<String> key = path.subList(1, 1 + keyLength);
    List<String> rest = path.subList(1 + keyLength, path.size());
    List<Integer> matches = matches(array, key, keyFields);
    if (!rest.isEmpty()) {
      inside(array, matches, key, rest, op, value);
      return;
    }
    if (op == Patch.Op.REMOVE) {
      removeAll(array, matches);
      return;
    }
    JsonNode element = withKey(value, key, keyFields);
    if (matches.isEmpty()) {
      if (op == Patch.Op.REPLACE) {
        throw new IllegalArgumentException("no element of '" + field + "' has key " + key);
      }
      array.add(element);
    } else {
      array.set(matches.get(0), element);
      removeAll(array, matches.subList(1, matches.size()));
    }
  }

  private static void inside(ArrayNode array, List<Integer> matches, List<String> key, List<String> rest,
      Patch.Op op, JsonNode value) {
    if (matches.isEmpty() && op == Patch.Op.REMOVE) {
      return;
    }
    if (matches.size() != 1) {
      throw new IllegalArgumentException(matches.size() + " elements have key " + key + "; a path into an "
          + "element needs exactly one");
    }
    JsonPatcher.applyAt(array.get(matches.get(0)), rest, op, value);
  }

  private static List<Integer> matches(ArrayNode array, List<String> key, List<String> keyFields) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (matchesKey(array.get(i), key, keyFields)) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean matchesKey(JsonNode element, List<String> key, List<String> keyFields) {
    if (keyFields.isEmpty()) {
      return element.isValueNode() && element.asText().equals(key.get(0));
    }
    for (int i = 0; i < key.size(); i++) {
      JsonNode part = element.get(keyFields.get(i));
      if (part == null || !part.isValueNode() || !part.asText().equals(key.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The element to store: {@code value}, with key fields it lacks taken from the path. */
  private static JsonNode withKey(JsonNode value, List<String> key, List<String> keyFields) {
    if (value == null || !value.isObject() || keyFields.isEmpty()) {
      return value;
    }
    ObjectNode element = ((ObjectNode) value).deepCopy();
    for (int i = 0; i < key.size(); i++) {
      if (!element.has(keyFields.get(i))) {
        element.put(keyFields.get(i), key.get(i));
      }
    }
    return element;
  }

  private static void removeAll(ArrayNode array, List<Integer> indexes) {
    for (int i = indexes.size() - 1; i >= 0; i--) {
      array.remove(indexes.get(i));
    }
  }
}
