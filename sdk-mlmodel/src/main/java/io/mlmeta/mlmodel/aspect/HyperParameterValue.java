package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.mlmodel.internal.NamedValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value of {@code mlModelProperties.hyperParameters}: DataHub's union {@code HyperParameterValueType} of string,
 * int, float, double and boolean. On the wire it is a single-key object naming the member, e.g.
 * {@code {"float":0.01}} or {@code {"int":100}}, never the bare value.
 *
 * <pre>{@code
 * HyperParameterValue lr = HyperParameterValue.ofFloat(0.01f);     // {"float":0.01}
 * HyperParameterValue trees = HyperParameterValue.of(100);         // {"int":100}
 * }</pre>
 */
@JsonSerialize(using = HyperParameterValueJson.Serializer.class)
@JsonDeserialize(using = HyperParameterValueJson.Deserializer.class)
public final class HyperParameterValue {
  /** The members of the union, each with the name that keys it on the wire. */
  public enum Kind {
    STRING("string"), INT("int"), FLOAT("float"), DOUBLE("double"), BOOLEAN("boolean");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    /** The member's key on the wire, e.g. {@code "float"}. */
    public String wireName() {
      return wireName;
    }
  }

  private final Kind kind;
  private final Object value;

  private HyperParameterValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /** A string value, {@code {"string":"gini"}}. */
  public static HyperParameterValue ofString(String value) {
    return new HyperParameterValue(Kind.STRING, Objects.requireNonNull(value, "value"));
  }

  /** An int value, {@code {"int":100}}. */
  public static HyperParameterValue ofInt(int value) {
    return new HyperParameterValue(Kind.INT, value);
  }

  /**
   * A float value, {@code {"float":0.01}}.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold
   */
  public static HyperParameterValue ofFloat(float value) {
    checkFinite(value);
    return new HyperParameterValue(Kind.FLOAT, value);
  }

  /**
   * A double value, {@code {"double":0.5}}.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold
   */
  public static HyperParameterValue ofDouble(double value) {
    checkFinite(value);
    return new HyperParameterValue(Kind.DOUBLE, value);
  }

  /** A boolean value, {@code {"boolean":true}}. */
  public static HyperParameterValue ofBoolean(boolean value) {
    return new HyperParameterValue(Kind.BOOLEAN, value);
  }

  /**
   * The member that fits {@code value}'s Java type: a {@code CharSequence} is a string, an {@code Integer},
   * {@code Short}, {@code Byte} or a {@code Long} within int range an int, a {@code Float} a float, a
   * {@code Double} a double and a {@code Boolean} a boolean. A {@code HyperParameterValue} is returned as it is.
   *
   * @throws IllegalArgumentException for null, another type, a long beyond int range (the union has no long; pass
   *     {@link #ofDouble} or {@link #ofString}) or a non-finite number; the message quotes the value
   */
  public static HyperParameterValue of(Object value) {
    if (value instanceof HyperParameterValue) {
      return (HyperParameterValue) value;
    } else if (value instanceof CharSequence) {
      return ofString(value.toString());
    } else if (value instanceof Boolean) {
      return ofBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ofInt(((Number) value).intValue());
    } else if (value instanceof Long && (Long) value == ((Long) value).intValue()) {
      return ofInt(((Long) value).intValue());
    } else if (value instanceof Float) {
      return ofFloat((Float) value);
    } else if (value instanceof Double) {
      return ofDouble((Double) value);
    } else if (value instanceof Long) {
      throw new IllegalArgumentException("hyperparameter value " + value + " does not fit the union's int"
          + " (DataHub has no long member); pass HyperParameterValue.ofDouble or ofString");
    }
    throw new IllegalArgumentException("a hyperparameter value must be a string, boolean, int, float or double but"
        + " was " + (value == null ? "null" : "a " + value.getClass().getName() + ": " + value));
  }

  /**
   * The value of each entry of {@code values} as {@link #of(Object)} converts it, in the map's iteration order.
   *
   * @throws IllegalArgumentException if a name or value is null or a value does not fit; the message names the entry
   */
  public static Map<String, HyperParameterValue> mapOf(Map<String, ?> values) {
    Map<String, HyperParameterValue> converted = new LinkedHashMap<>();
    NamedValues.forEach("hyperparameter", values, (name, value) -> {
      try {
        converted.put(name, of(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("hyperparameter '" + name + "': " + e.getMessage(), e);
      }
    });
    return Collections.unmodifiableMap(converted);
  }

  /** Which member of the union this is. */
  public Kind kind() {
    return kind;
  }

  /** The value: a {@code String}, {@code Integer}, {@code Float}, {@code Double} or {@code Boolean} by kind. */
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HyperParameterValue && ((HyperParameterValue) other).kind == kind
        && ((HyperParameterValue) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + value.hashCode();
  }

  /** The member and value, e.g. {@code float:0.01}. */
  @Override
  public String toString() {
    return kind.wireName + ":" + value;
  }

  private static void checkFinite(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a hyperparameter value must be a finite number but was " + value);
    }
  }
}
