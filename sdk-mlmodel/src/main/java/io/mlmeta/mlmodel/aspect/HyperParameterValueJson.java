package io.mlmeta.mlmodel.aspect;

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

/** Pegasus JSON of {@link HyperParameterValue}: a single-key object naming the union member. */
final class HyperParameterValueJson {
  private HyperParameterValueJson() {}

  /** Writes {@code {"<member>": <value>}}. */
  public static final class Serializer extends StdSerializer<HyperParameterValue> {
    private static final long serialVersionUID = 1L;

    public Serializer() {
      super(HyperParameterValue.class);
    }

    @Override
    public void serialize(HyperParameterValue value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName(value.kind().wireName());
      switch (value.kind()) {
        case STRING: gen.writeString((String) value.value()); break;
        case INT: gen.writeNumber((Integer) value.value()); break;
        case FLOAT: gen.writeNumber((Float) value.value()); break;
        case DOUBLE: gen.writeNumber((Double) value.value()); break;
        default: gen.writeBoolean((Boolean) value.value());
      }
      gen.writeEndObject();
    }
  }

  /** Reads {@code {"<member>": <value>}}, refusing a bare value, an unknown member or a value of the wrong type. */
  public static final class Deserializer extends StdDeserializer<HyperParameterValue> {
    private static final long serialVersionUID = 1L;

    public Deserializer() {
      super(HyperParameterValue.class);
    }

    @Override
    public HyperParameterValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      Map.Entry<String, JsonNode> member = UnionJson.member(this, parser, context, "HyperParameterValueType",
          "{\"float\":0.01}");
      JsonNode value = member.getValue();
      switch (member.getKey()) {
        case "string":
          if (value.isTextual()) {
            return HyperParameterValue.ofString(value.textValue());
          }
          break;
        case "int":
          if (value.isIntegralNumber() && value.canConvertToInt()) {
            return HyperParameterValue.ofInt(value.intValue());
          }
          break;
        case "float":
          if (value.isNumber()) {
            return HyperParameterValue.ofFloat(value.floatValue());
          }
          break;
        case "double":
          if (value.isNumber()) {
            return HyperParameterValue.ofDouble(value.doubleValue());
          }
          break;
        case "boolean":
          if (value.isBoolean()) {
            return HyperParameterValue.ofBoolean(value.booleanValue());
          }
          break;
        default:
          return context.reportInputMismatch(this, "unknown HyperParameterValueType member '%s' (expected string,"
              + " int, float, double or boolean)", member.getKey());
      }
      return context.reportInputMismatch(this, "HyperParameterValueType member '%s' cannot hold %s",
          member.getKey(), value);
    }
  }
}
