package io.mlmeta.aspect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.mlmeta.internal.UnionJson;
import java.io.IOException;
import java.util.Map;

/** Pegasus JSON of {@link PrimitivePropertyValue}: a single-key object naming the union member. */
final class PrimitivePropertyValueJson {
  private PrimitivePropertyValueJson() {}

  /** Writes {@code {"string":"..."}} or {@code {"double":...}}. */
  public static final class Serializer extends StdSerializer<PrimitivePropertyValue> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(PrimitivePropertyValue.class);
    }

    @Override
    public void serialize(PrimitivePropertyValue value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName(value.memberName());
      if (value.isString()) {
        gen.writeString(value.stringValue());
      } else {
        gen.writeNumber(value.doubleValue());
      }
      gen.writeEndObject();
    }
  }

  /** Reads {@code {"<member>": <value>}}, refusing a bare value, an unknown member or a value of the wrong type. */
  public static final class Deserializer extends StdDeserializer<PrimitivePropertyValue> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(PrimitivePropertyValue.class);
    }

    @Override
    public PrimitivePropertyValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Map.Entry<String, JsonNode> member = UnionJson.member(this, parser, context, "PrimitivePropertyValue",
          "{\"string\":\"gold\"} or {\"double\":3.0}");
      JsonNode value = member.getValue();
      if (PrimitivePropertyValue.STRING.equals(member.getKey()) && value.isTextual()) {
        return PrimitivePropertyValue.ofString(value.textValue());
      } else if (PrimitivePropertyValue.DOUBLE.equals(member.getKey()) && value.isNumber()) {
        return PrimitivePropertyValue.ofDouble(value.doubleValue());
      } else if (!PrimitivePropertyValue.STRING.equals(member.getKey())
          && !PrimitivePropertyValue.DOUBLE.equals(member.getKey())) {
        return context.reportInputMismatch(this, "unknown PrimitivePropertyValue member '%s' (expected string or"
            + " double)", member.getKey());
      }
      return context.reportInputMismatch(this, "PrimitivePropertyValue member '%s' cannot hold %s",
          member.getKey(), value);
    }
  }
}
