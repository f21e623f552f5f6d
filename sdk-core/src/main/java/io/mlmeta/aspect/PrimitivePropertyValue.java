package io.mlmeta.aspect;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * A value of a structured property: DataHub's union {@code PrimitivePropertyValue} of string and double. On the
 * wire it is a single-key object naming the member, {@code {"string":"gold"}} or {@code {"double":3.0}}, never the
 * bare value.
 *
 * <pre>{@code
 * PrimitivePropertyValue tier = PrimitivePropertyValue.ofString("gold");   // {"string":"gold"}
 * PrimitivePropertyValue rank = PrimitivePropertyValue.of(3);              // {"double":3.0}
 * }</pre>
 */
@JsonSerialize(using = PrimitivePropertyValueJson.Serializer.class)
@JsonDeserialize(using = PrimitivePropertyValueJson.Deserializer.class)
public final class PrimitivePropertyValue {
  static final String STRING = "string";
  static final String DOUBLE = "double";

  private final Object value;

  private PrimitivePropertyValue(Object value) {
    this.value = value;
  }

  /** A string value, {@code {"string":"gold"}}. */
  public static PrimitivePropertyValue ofString(String value) {
    return new PrimitivePropertyValue(Objects.requireNonNull(value, "value"));
  }

  /**
   * A double value, {@code {"double":3.0}}.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite, which JSON cannot hold
   */
  public static PrimitivePropertyValue ofDouble(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a structured property value must be a finite number but was " + value);
    }
    return new PrimitivePropertyValue(value);
  }

  /**
   * The member that fits {@code value}'s Java type: a {@code CharSequence} is a string, any {@code Number} a double
   * (as {@link Number#doubleValue()} gives it). A {@code PrimitivePropertyValue} is returned as it is.
   *
   * @throws IllegalArgumentException for null, another type or a non-finite number; the message quotes the value
   */
  public static PrimitivePropertyValue of(Object value) {
    if (value instanceof PrimitivePropertyValue) {
      return (PrimitivePropertyValue) value;
    } else if (value instanceof CharSequence) {
      return ofString(value.toString());
    } else if (value instanceof Number) {
      return ofDouble(((Number) value).doubleValue());
    }
    throw new IllegalArgumentException("a structured property value must be a string or a number but was "
        + (value == null ? "null" : "a " + value.getClass().getName() + ": " + value));
  }

  /** Whether this is the string member; otherwise it is the double member. */
  public boolean isString() {
    return value instanceof String;
  }

  /**
   * The string value.
   *
   * @throws IllegalStateException if this is the double member
   */
  public String stringValue() {
    if (!isString()) {
      throw new IllegalStateException("structured property value " + this + " is a double, not a string");
    }
    return (String) value;
  }

  /**
   * The double value.
   *
   * @throws IllegalStateException if this is the string member
   */
  public double doubleValue() {
    if (isString()) {
      throw new IllegalStateException("structured property value " + this + " is a string, not a double");
    }
    return (Double) value;
  }

  /** The value: a {@code String} or a {@code Double}. */
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PrimitivePropertyValue && ((PrimitivePropertyValue) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The member's key on the wire: {@code "string"} or {@code "double"}. */
  public String memberName() {
    return isString() ? STRING : DOUBLE;
  }

  /** The member and value, e.g. {@code string:gold} or {@code double:3.0}. */
  @Override
  public String toString() {
    return memberName() + ":" + value;
  }
}
