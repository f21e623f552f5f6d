package io.mlmeta.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.urn.Urn;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
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
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
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
      out.raw("[");
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.raw(",");
        }
        writeValue(out, list.get(i));
      }
      out.raw("]");
    } else if (value instanceof Map) {
      out.raw("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String) || e.getValue() == null) {
          throw Unsupported.INSTANCE;
        }
        out.raw(first ? "" : ",").asciiString((String) e.getKey()).raw(":");
        writeValue(out, e.getValue());
        first = false;
      }
      out.raw("}");
    } else if (value instanceof Enum) {
      out.asciiString(((Enum<?>) value).name());
    } else if (value != null) {
      writeRecord(out, value, SHAPES.get(value.getClass()));
    } else {
      throw Unsupported.INSTANCE;
    }
  }

  private static void writeRecord(JsonBytes out, Object value, Shape shape) {
    if (shape.properties == null) {
      throw Unsupported.INSTANCE;
    }
    out.raw("{");
    boolean first = true;
    for (Property p : shape.properties) {
      Object v = p.get(value);
      if (v instanceof Optional) {
        v = ((Optional<?>) v).orElse(null);
      }
      if (v == null || (p.nonEmpty && isEmpty(v))) {
        continue;
      }
      out.raw(first ? "" : ",").quote().raw(p.name).quote().raw(":");
      writeValue(out, v);
      first = false;
    }
    out.raw("}");
  }

  private static boolean isEmpty(Object v) {
    return (v instanceof Collection && ((Collection<?>) v).isEmpty())
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty())
        || (v instanceof String && ((String) v).isEmpty());
  }

  /** How one class is written: its properties in order, or {@code null} properties if databind must write it. */
  private static final class Shape {
    final List<Property> properties;

    private Shape(List<Property> properties) {
      this.properties = properties;
    }

    static Shape of(Class<?> type) {
      if (!plainRecord(type)) {
        return new Shape(null);
      }
      List<Property> found = new ArrayList<>();
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
          continue;
        }
        JsonProperty name = annotation(type, m, JsonProperty.class);
        if (name == null) {
          if (databindWouldPickUp(m)) {
            return new Shape(null);
          }
          continue;
        }
        JsonInclude include = annotation(type, m, JsonInclude.class);
        if (include != null && include.value() != JsonInclude.Include.NON_EMPTY) {
          return new Shape(null);
        }
        if (!m.trySetAccessible() || !name.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
          return new Shape(null);
        }
        found.add(new Property(name.value(), m, include != null));
      }
      List<Property> ordered = new ArrayList<>(found.size());
      for (Field f : type.getDeclaredFields()) {
        for (Property p : found) {
          if (p.accessor.getName().equals(f.getName()) && !ordered.contains(p)) {
            ordered.add(p);
          }
        }
      }
      if (ordered.size() != found.size()) {
        return new Shape(null);
      }
      return new Shape(ordered);
    }

    /**
     * A generated value class (the {@code @JsonSerialize(as = ...)} target of its abstract type, as Immutables
     * makes them) with nothing that asks databind for special treatment.
     */
    private static boolean plainRecord(Class<?> type) {
      if (type.isEnum() || type.isInterface() || !serializedAsItself(type)) {
        return false;
      }
      for (Field f : type.getDeclaredFields()) {
        if (f.getAnnotations().length > 0) {
          return false;
        }
      }
      for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
        if (hasCustomWriting(t)) {
          return false;
        }
        for (Class<?> i : t.getInterfaces()) {
          if (hasCustomWriting(i)) {
            return false;
          }
        }
      }
      return true;
    }

    private static boolean serializedAsItself(Class<?> type) {
      List<Class<?>> supertypes = new ArrayList<>(List.of(type.getInterfaces()));
      if (type.getSuperclass() != null) {
        supertypes.add(type.getSuperclass());
      }
      for (Class<?> t : supertypes) {
        JsonSerialize s = t.getAnnotation(JsonSerialize.class);
        if (s != null && s.as() == type) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasCustomWriting(Class<?> t) {
      JsonSerialize s = t.getAnnotation(JsonSerialize.class);
      if (s != null && s.using() != com.fasterxml.jackson.databind.JsonSerializer.None.class) {
        return true;
      }
      if (t.getAnnotation(JsonInclude.class) != null) {
        return true;
      }
      for (Method m : t.getDeclaredMethods()) {
        if (m.getAnnotation(JsonValue.class) != null) {
          return true;
        }
      }
      return false;
    }

    /** A public getter named like a bean property, which databind would write although it has no annotation. */
    private static boolean databindWouldPickUp(Method m) {
      String n = m.getName();
      if (m.getDeclaringClass() == Object.class || m.getReturnType() == void.class) {
        return false;
      }
      return (n.startsWith("get") && n.length() > 3)
          || (n.startsWith("is") && n.length() > 2
              && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class));
    }

    /** The annotation on {@code m} or on a method it overrides. */
    private static <A extends java.lang.annotation.Annotation> A annotation(Class<?> type, Method m,
        Class<A> kind) {
      A here = m.getAnnotation(kind);
      if (here != null) {
        return here;
      }
      for (Class<?> t = type; t != null; t = t.getSuperclass()) {
        A found = inInterfaces(t, m, kind);
        if (found != null) {
          return found;
        }
        try {
          A declared = t.getDeclaredMethod(m.getName()).getAnnotation(kind);
          if (declared != null) {
            return declared;
          }
        } catch (NoSuchMethodException e) {
          // not declared at this level
        }
      }
      return null;
    }

    private static <A extends java.lang.annotation.Annotation> A inInterfaces(Class<?> t, Method m,
        Class<A> kind) {
      for (Class<?> i : t.getInterfaces()) {
        try {
          A declared = i.getDeclaredMethod(m.getName()).getAnnotation(kind);
          if (declared != null) {
            return declared;
          }
        } catch (NoSuchMethodException e) {
          // not declared here
        }
        A deeper = inInterfaces(i, m, kind);
        if (deeper != null) {
          return deeper;
        }
      }
      return null;
    }
  }

  /** One written accessor. */
  private static final class Property {
    final String name;
    final Method accessor;
    final boolean nonEmpty;

    Property(String name, Method accessor, boolean nonEmpty) {
      this.name = name;
      this.accessor = accessor;
      this.nonEmpty = nonEmpty;
    }

    Object get(Object target) {
      try {
        return accessor.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw Unsupported.INSTANCE;
      }
    }
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
