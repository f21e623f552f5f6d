package io.mlmeta.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link PegasusWriter} writes one class: its {@code @JsonProperty} accessors in the order databind uses, or
 * {@code null} properties where databind must write it (see {@link #of}).
 */
final class RecordShape {
  final List<Property> properties;

  private RecordShape(List<Property> properties) {
    this.properties = properties;
  }

  /** The property called {@code name}, or null. */
  Property property(String name) {
    for (Property p : properties) {
      if (p.name.equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** Reads {@code type}'s shape by reflection, once per class (the writer keeps it in a {@code ClassValue}). */
  static RecordShape of(Class<?> type) {
    if (!plainRecord(type)) {
      return new RecordShape(null);
    }
    List<Property> found = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
        continue;
      }
      if (annotation(type, m, JsonIgnore.class) != null) {
        continue; // such as unknownFields(), which the writer writes itself
      }
      JsonProperty name = annotation(type, m, JsonProperty.class);
      if (name == null) {
        if (databindWouldPickUp(m)) {
          return new RecordShape(null);
        }
        continue;
      }
      if (name.access() == JsonProperty.Access.WRITE_ONLY) {
        continue; // read from the server, never sent (such as versionProperties.isLatest)
      }
      JsonInclude include = annotation(type, m, JsonInclude.class);
      if (include != null && include.value() != JsonInclude.Include.NON_EMPTY) {
        return new RecordShape(null);
      }
      if (!m.trySetAccessible() || !name.value().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        return new RecordShape(null);
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
      return new RecordShape(null);
    }
    return new RecordShape(ordered);
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

  /** One written accessor. */
  static final class Property {
    /** Passed to every accessor call: a varargs call would allocate an empty array each time. */
    private static final Object[] NO_ARGUMENTS = new Object[0];
    final String name;
    final Method accessor;
    final boolean nonEmpty;
    /** {@code "name":} and {@code ,"name":}, then the same inside an embedded document ({@code \"name\":}). */
    private final byte[][] keys;

    Property(String name, Method accessor, boolean nonEmpty) {
      this.name = name;
      this.accessor = accessor;
      this.nonEmpty = nonEmpty;
      String key = "\"" + name + "\":";
      String embedded = "\\\"" + name + "\\\":";
      this.keys = new byte[][] {ascii(key), ascii("," + key), ascii(embedded), ascii("," + embedded)};
    }

    /** The key with its separator, as a plain document writes it. */
    byte[] key(boolean first) {
      return keys[first ? 0 : 1];
    }

    /** The key with its separator, as an embedded document writes it. */
    byte[] embeddedKey(boolean first) {
      return keys[first ? 2 : 3];
    }

    private static byte[] ascii(String s) {
      return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    Object get(Object target) {
      try {
        return accessor.invoke(target, NO_ARGUMENTS);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw PegasusWriter.unsupported();
      }
    }
  }
}
