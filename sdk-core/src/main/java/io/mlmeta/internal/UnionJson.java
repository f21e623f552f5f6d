package io.mlmeta.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/** Reading a Pegasus union, which is a single-key object naming its member, for the union types' deserializers. */
public final class UnionJson {
  private UnionJson() {}

  /**
   * The member of the union {@code union} that the parser is at, as name and value; a bare value or an object
   * without exactly one key is reported as an input mismatch quoting {@code example} and the JSON read.
   */
  public static Map.Entry<String, JsonNode> member(JsonDeserializer<?> deserializer, JsonParser parser,
      DeserializationContext context, String union, String example) throws IOException {
    JsonNode node = parser.readValueAsTree();
    if (node == null || !node.isObject() || node.size() != 1) {
      return context.reportInputMismatch(deserializer, "a %s is a single-key object such as %s but was %s", union,
          example, node);
    }
    return node.fields().next();
  }
}
