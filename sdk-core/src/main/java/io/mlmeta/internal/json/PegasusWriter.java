package io.mlmeta.internal.json;

import io.mlmeta.aspect.PrimitivePropertyValue;
import io.mlmeta.aspect.UnknownFields;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the SDK's value types as Pegasus JSON without Jackson databind, byte for byte as {@link WireJson#ASCII}
 * writes them: the {@code @JsonProperty} accessors in the order databind uses (the value class's field order),
 * absent optionals left out, {@code @JsonInclude(NON_EMPTY)} honoured, URNs as text, enums by name, non-ASCII
 * escaped, a {@link PrimitivePropertyValue} as its single-key object. Anything else it does not know (another
 * custom serializer, a {@code @JsonValue}, a getter databind would pick up by name, a non-finite number) makes
 * {@link #write} answer {@code null}, and the caller uses databind.
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
      if (isPlaceholder(value)) {
        throw placeholderError(value.getClass().getSimpleName() + "." + KnownFields.SENTINEL);
      }
      out.asciiString(((Enum<?>) value).name());
    } else if (value instanceof PrimitivePropertyValue) {
      PrimitivePropertyValue union = (PrimitivePropertyValue) value;
      out.raw('{').asciiString(union.memberName()).raw(':');
      writeValue(out, union.value());
      out.raw('}');
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
    UnknownFields unknown = value instanceof WithUnknownFields ? ((WithUnknownFields) value).unknownFields()
        : UnknownFields.none();
    out.raw('{');
    boolean first = true;
    for (RecordShape.Property p : shape.properties) {
      Object v = present(p, p.get(value));
      if (v == null) {
        continue;
      }
      out.raw(out.embedding() ? p.embeddedKey(first) : p.key(first));
      if (unknown.isEmpty()) {
        writeValue(out, v);
      } else {
        writeWithSymbols(out, v, unknown.unrecognizedSymbols(p.name).iterator(), value, p);
      }
      first = false;
    }
    if (!unknown.names().isEmpty()) {
      writeUnknown(out, value, shape, unknown, first);
    }
    out.raw('}');
  }

  /** The value to write, or null when it is absent (an empty optional, or empty where NON_EMPTY applies). */
  private static Object present(RecordShape.Property p, Object v) {
    if (v instanceof Optional) {
      v = ((Optional<?>) v).orElse(null);
    }
    return v == null || (p.nonEmpty && isEmpty(v)) ? null : v;
  }

  /** A field's value with each {@code UNRECOGNIZED} placeholder written as the symbol it was read as. */
  private static void writeWithSymbols(JsonBytes out, Object v, Iterator<String> symbols, Object record,
      RecordShape.Property p) {
    if (v instanceof Enum && isPlaceholder(v)) {
      out.asciiString(nextSymbol(symbols, record, p));
    } else if (v instanceof List) {
      out.raw('[');
      List<?> list = (List<?>) v;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.raw(',');
        }
        Object element = list.get(i);
        if (element instanceof Enum && isPlaceholder(element)) {
          out.asciiString(nextSymbol(symbols, record, p));
        } else {
          writeValue(out, element);
        }
      }
      out.raw(']');
    } else {
      writeValue(out, v);
    }
  }

  private static String nextSymbol(Iterator<String> symbols, Object record, RecordShape.Property p) {
    if (!symbols.hasNext()) {
      throw placeholderError(record.getClass().getSimpleName().replaceFirst("^Immutable", "") + "." + p.name);
    }
    return symbols.next();
  }

  /** The unknown fields, after the known ones; one the record has a value for under the same name is left out. */
  private static void writeUnknown(JsonBytes out, Object record, RecordShape shape, UnknownFields unknown,
      boolean first) {
    for (String name : unknown.names()) {
      RecordShape.Property p = shape.property(name);
      if (p != null && present(p, p.get(record)) != null) {
        continue;
      }
      if (!first) {
        out.raw(',');
      }
      out.asciiString(name).raw(':');
      out.json(unknown.json(name).orElseThrow().getBytes(StandardCharsets.US_ASCII));
      first = false;
    }
  }

  private static boolean isPlaceholder(Object e) {
    return ((Enum<?>) e).name().equals(KnownFields.SENTINEL);
  }

  private static IllegalArgumentException placeholderError(String where) {
    return new IllegalArgumentException(where + " is UNRECOGNIZED, which stands for a symbol of a newer DataHub "
        + "read with the record; a record built with it cannot be written: set a known value");
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
