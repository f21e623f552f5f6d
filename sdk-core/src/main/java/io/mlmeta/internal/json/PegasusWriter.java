package io.mlmeta.internal.json;

import io.mlmeta.urn.Urn;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the SDK's value types as Pegasus JSON without Jackson databind, byte for byte as {@link WireJson#ASCII}
 * writes them: the {@code @JsonProperty} accessors in the order databind uses (the value class's field order),
 * absent optionals left out, {@code @JsonInclude(NON_EMPTY)} honoured, URNs as text, enums by name, non-ASCII
 * escaped. Anything else it does not know (a custom serializer, a {@code @JsonValue}, a getter databind would pick
 * up by name, a non-finite number) makes {@link #write} answer {@code null}, and the caller uses databind.
 *
 * <p>Databind costs about half a second of class loading and introspection before the first proposal of a fresh
 * JVM can be sent, and twice this writer's CPU per aspect afterwards.
 */
final class PegasusWriter {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return RecordShape.of(type);
    }
  };

  private PegasusWriter() {}

  /** The value's JSON as ASCII bytes, or {@code null} where databind must write it. */
  static byte[] write(Object value) {
    JsonBytes out = new JsonBytes(1024);
    try {
      writeValue(out, value);
    } catch (Unsupported e) {
      return null;
    }
    return out.toByteArray();
  }

  /**
   * Appends the value's JSON as a JSON string literal (see {@link JsonBytes#beginEmbedded}); {@code false}, with
   * nothing appended, where databind must write it.
   */
  static boolean writeEmbedded(JsonBytes out, Object value) {
    int mark = out.mark();
    try {
      out.beginEmbedded();
      writeValue(out, value);
      out.endEmbedded();
      return true;
    } catch (Unsupported e) {
      out.truncate(mark, false);
      return false;
    }
  }

  private static void writeValue(JsonBytes out, Object value) {
    if (value instanceof String) {
      out.asciiString((String) value);
    } else if (value instanceof Urn) {
      out.asciiString(value.toString());
    } else if (value instanceof Boolean) {
      out.raw((Boolean) value ? "true" : "false");
    } else if (value instanceof Long || value instanceof Integer) {
      out.number(((Number) value).longValue());
    } else if (value instanceof Double) {
      double d = (Double) value;
      if (!Double.isFinite(d)) {
        throw Unsupported.INSTANCE;
      }
      out.raw(Double.toString(d));
    } else if (value instanceof Float) {
      float f = (Float) value;
      if (!Float.isFinite(f)) {
        throw Unsupported.INSTANCE;
      }
      out.raw(Float.toString(f));
    } else if (value instanceof List) {
      out.raw('[');
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.raw(',');
        }
        writeValue(out, list.get(i));
      }
      out.raw(']');
    } else if (value instanceof Map) {
      out.raw('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String) || e.getValue() == null) {
          throw Unsupported.INSTANCE;
        }
        if (!first) {
          out.raw(',');
        }
        out.asciiString((String) e.getKey()).raw(':');
        writeValue(out, e.getValue());
        first = false;
      }
      out.raw('}');
    } else if (value instanceof Enum) {
      out.asciiString(((Enum<?>) value).name());
    } else if (value != null) {
      writeRecord(out, value, SHAPES.get(value.getClass()));
    } else {
      throw Unsupported.INSTANCE;
    }
  }

  private static void writeRecord(JsonBytes out, Object value, RecordShape shape) {
    if (shape.properties == null) {
      throw Unsupported.INSTANCE;
    }
    out.raw('{');
    boolean first = true;
    for (RecordShape.Property p : shape.properties) {
      Object v = p.get(value);
      if (v instanceof Optional) {
        v = ((Optional<?>) v).orElse(null);
      }
      if (v == null || (p.nonEmpty && isEmpty(v))) {
        continue;
      }
      out.raw(out.embedding() ? p.embeddedKey(first) : p.key(first));
      writeValue(out, v);
      first = false;
    }
    out.raw('}');
  }

  private static boolean isEmpty(Object v) {
    return (v instanceof Collection && ((Collection<?>) v).isEmpty())
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty())
        || (v instanceof String && ((String) v).isEmpty());
  }


  /** The signal that databind must write the value after all. */
  static RuntimeException unsupported() {
    return Unsupported.INSTANCE;
  }

  /** Raised inside a write that databind must do instead. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
      super(null, null, false, false);
    }
  }
}
