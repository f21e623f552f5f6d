package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mlmeta.aspect.UnknownFields;
import io.mlmeta.aspect.WithUnknownFields;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads every {@link WithUnknownFields} record so that what a newer server wrote survives: fields the record does
 * not model go to its {@link UnknownFields}; an enum symbol it does not know becomes {@code UNRECOGNIZED} with the
 * symbol kept (or, for an optional field, the whole field is kept as unknown and the typed value is empty).
 */
final class UnknownFieldsReading extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
      JsonDeserializer<?> deserializer) {
    if (!WithUnknownFields.class.isAssignableFrom(desc.getBeanClass())
        || !KnownFields.isRecordClass(desc.getBeanClass())) {
      return deserializer;
    }
    return new Keeping(deserializer, KnownFields.of(config, desc));
  }

  /** The record's own deserializer, given only the fields it knows; the rest is attached afterwards. */
  private static final class Keeping extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient KnownFields known;

    Keeping(JsonDeserializer<?> delegate, KnownFields known) {
      super(delegate);
      this.known = known;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Keeping(newDelegatee, known);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode tree = p.getCodec().readTree(p);
      if (!(tree instanceof ObjectNode)) {
        return fromTree(tree, p, ctxt);
      }
      ObjectNode record = (ObjectNode) tree;
      UnknownFields.Builder unknown = null;
      ObjectNode knownPart = record;
      Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (!known.knows(name)) {
          unknown = put(unknown, name, value);
          knownPart = without(knownPart, record, name);
          continue;
        }
        KnownFields.EnumField e = known.enumField(name);
        if (e == null) {
          continue;
        }
        if (e.list && value.isArray() && hasUnknownSymbol(e, value)) {
          if (!e.sentinel) {
            unknown = put(unknown, name, value);
            knownPart = without(knownPart, record, name);
            continue;
          }
          ArrayNode replaced = ctxt.getNodeFactory().arrayNode();
          for (JsonNode element : value) {
            if (element.isTextual() && e.unknown(element.asText())) {
              unknown = symbol(unknown, name, element.asText());
              replaced.add(KnownFields.SENTINEL);
            } else {
              replaced.add(element);
            }
          }
          knownPart = with(knownPart, record, name, replaced);
        } else if (!e.list && value.isTextual() && e.unknown(value.asText())) {
          if (e.optional || !e.sentinel) {
            unknown = put(unknown, name, value);
            knownPart = without(knownPart, record, name);
          } else {
            unknown = symbol(unknown, name, value.asText());
            knownPart = with(knownPart, record, name, TextNode.valueOf(KnownFields.SENTINEL));
          }
        }
      }
      Object value = fromTree(knownPart, p, ctxt);
      return unknown == null ? value : known.attach(value, unknown.build());
    }

    private Object fromTree(JsonNode tree, JsonParser p, DeserializationContext ctxt) throws IOException {
      try (JsonParser sub = tree.traverse(p.getCodec())) {
        sub.nextToken();
        return _delegatee.deserialize(sub, ctxt);
      }
    }

    private static boolean hasUnknownSymbol(KnownFields.EnumField e, JsonNode array) {
      for (JsonNode element : array) {
        if (element.isTextual() && e.unknown(element.asText())) {
          return true;
        }
      }
      return false;
    }

    private static UnknownFields.Builder put(UnknownFields.Builder b, String name, JsonNode value) {
      UnknownFields.Builder out = b == null ? UnknownFields.builder() : b;
      return out.put(name, value.toString());
    }

    private static UnknownFields.Builder symbol(UnknownFields.Builder b, String name, String symbol) {
      return (b == null ? UnknownFields.builder() : b).unrecognizedSymbol(name, symbol);
    }

    /** {@code current} without {@code name}, copying {@code original} the first time it changes. */
    private static ObjectNode without(ObjectNode current, ObjectNode original, String name) {
      ObjectNode out = current == original ? original.deepCopy() : current;
      out.remove(name);
      return out;
    }

    private static ObjectNode with(ObjectNode current, ObjectNode original, String name, JsonNode value) {
      ObjectNode out = current == original ? original.deepCopy() : current;
      out.set(name, value);
      return out;
    }
  }
}
