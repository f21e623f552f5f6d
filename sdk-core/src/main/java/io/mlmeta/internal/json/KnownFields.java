package io.mlmeta.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.mlmeta.aspect.UnknownFields;
import io.mlmeta.aspect.WithUnknownFields;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one record class models, for reading a newer server's JSON into it: its field names, the symbols of its
 * enum fields, and how to attach {@link UnknownFields} to a value read without them (its builder).
 */
final class KnownFields {
  /** The placeholder constant of an enum for a symbol this SDK does not know. */
  static final String SENTINEL = "UNRECOGNIZED";

  private final Map<String, EnumField> fields;
  private final Method[] attach;

  private KnownFields(Map<String, EnumField> fields, Method[] attach) {
    this.fields = fields;
    this.attach = attach;
  }

  /**
   * The fields of the value class {@code desc} describes (an Immutables {@code ImmutableX}): its accessors named
   * with {@code @JsonProperty}, read-only ones (such as {@code isLatest}) included.
   */
  static KnownFields of(DeserializationConfig config, BeanDescription desc) {
    Map<String, EnumField> fields = new HashMap<>();
    for (Method m : desc.getBeanClass().getMethods()) {
      JsonProperty name = m.getAnnotation(JsonProperty.class);
      if (name != null && !name.value().isEmpty() && m.getParameterCount() == 0
          && m.getAnnotation(JsonIgnore.class) == null) {
        fields.put(name.value(), EnumField.of(config.getTypeFactory().constructType(m.getGenericReturnType())));
      }
    }
    return new KnownFields(fields, attacher(desc.getBeanClass()));
  }

  /** Whether the record has a field called {@code name}. */
  boolean knows(String name) {
    return fields.containsKey(name);
  }

  /** The enum shape of field {@code name}, or null when it holds no enum. */
  EnumField enumField(String name) {
    EnumField f = fields.get(name);
    return f == EnumField.NONE ? null : f;
  }

  /** {@code value} with {@code unknown} attached, built again through its builder (so its checks run again). */
  Object attach(Object value, UnknownFields unknown) {
    try {
      Object builder = attach[0].invoke(null);
      attach[1].invoke(builder, value);
      attach[2].invoke(builder, unknown);
      return attach[3].invoke(builder);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("cannot keep the unknown fields of " + value.getClass().getName(), e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot keep the unknown fields of " + value.getClass().getName(), e);
    }
  }

  /** {@code AbstractType.builder()}, {@code from(AbstractType)}, {@code unknownFields(..)}, {@code build()}. */
  private static Method[] attacher(Class<?> valueClass) {
    Class<?> abstractType = abstractTypeOf(valueClass);
    try {
      Method builder = abstractType.getMethod("builder");
      Class<?> builderClass = builder.getReturnType();
      Method[] steps = {builder, builderClass.getMethod("from", abstractType),
          builderClass.getMethod("unknownFields", UnknownFields.class), builderClass.getMethod("build")};
      for (Method m : steps) {
        m.setAccessible(true);
      }
      return steps;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(valueClass.getName() + " keeps unknown fields but has no builder with from("
          + abstractType.getSimpleName() + ") and unknownFields(..)", e);
    }
  }

  /** The record type read as {@code valueClass}, or null. */
  private static Class<?> abstractTypeOf(Class<?> valueClass) {
    for (Class<?> i : valueClass.getInterfaces()) {
      JsonDeserialize d = i.getAnnotation(JsonDeserialize.class);
      if (d != null && d.as() == valueClass && WithUnknownFields.class.isAssignableFrom(i)) {
        return i;
      }
    }
    return null;
  }

  /** Whether {@code valueClass} is the class a record type is read as (not, say, its generated JSON helper). */
  static boolean isRecordClass(Class<?> valueClass) {
    return abstractTypeOf(valueClass) != null;
  }

  /** Where a field's enum is: none, the field itself (or its optional), or the elements of a list. */
  static final class EnumField {
    static final EnumField NONE = new EnumField(null, false, false);

    final Set<String> symbols;
    final boolean sentinel;
    final boolean list;
    final boolean optional;

    private EnumField(Class<?> enumClass, boolean list, boolean optional) {
      this.list = list;
      this.optional = optional;
      if (enumClass == null) {
        this.symbols = Set.of();
        this.sentinel = false;
        return;
      }
      Set<String> names = new HashSet<>();
      boolean hasSentinel = false;
      for (Object c : enumClass.getEnumConstants()) {
        String n = ((Enum<?>) c).name();
        if (n.equals(SENTINEL)) {
          hasSentinel = true;
        } else {
          names.add(n);
        }
      }
      this.symbols = names;
      this.sentinel = hasSentinel;
    }

    static EnumField of(JavaType type) {
      if (type.isEnumType()) {
        return new EnumField(type.getRawClass(), false, false);
      }
      JavaType content = type.getContentType();
      if (content != null && content.isEnumType()) {
        if (type.isReferenceType()) {
          return new EnumField(content.getRawClass(), false, true);
        }
        if (type.isCollectionLikeType()) {
          return new EnumField(content.getRawClass(), true, false);
        }
      }
      return NONE;
    }

    /** Whether {@code symbol} is one this SDK does not know. */
    boolean unknown(String symbol) {
      return !symbols.contains(symbol);
    }
  }
}
