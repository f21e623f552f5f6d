package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Refuses to write an enum's {@code UNRECOGNIZED} placeholder through databind, which cannot know the symbol it
 * stands for ({@link PegasusWriter} writes the kept symbol back).
 */
final class UnrecognizedSymbolGuard extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
      BeanDescription beanDesc, JsonSerializer<?> serializer) {
    @SuppressWarnings("unchecked")
    JsonSerializer<Object> plain = (JsonSerializer<Object>) serializer;
    return new StdSerializer<Object>(Object.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (((Enum<?>) value).name().equals(KnownFields.SENTINEL)) {
          throw JsonMappingException.from(gen, value.getClass().getSimpleName() + "." + KnownFields.SENTINEL
              + " stands for a symbol of a newer DataHub and cannot be written here: set a known value");
        }
        plain.serialize(value, gen, provider);
      }
    };
  }
}
