package io.mlmeta.mlmodel.internal;

import io.mlmeta.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The user's {@code Map<String, ?>} of hyperparameters or metrics, turned into records; and the checks that the two
 * records of that shape ({@code MLHyperParam}, {@code MLMetric}) share.
 */
public final class NamedValues {
  private NamedValues() {}

  /**
   * Calls {@code action} with each entry of {@code values} in the map's iteration order, refusing null names and
   * values. {@code what} names an entry in error messages, e.g. "hyperparameter".
   */
  public static void forEach(String what, Map<String, ?> values, BiConsumer<String, Object> action) {
    Objects.requireNonNull(values, "values");
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      String name = entry.getKey();
      Object value = entry.getValue();
      if (name == null) {
        throw new IllegalArgumentException(what + " name must not be null (its value is " + value + ")");
      }
      if (value == null) {
        throw new IllegalArgumentException(what + " '" + name + "' must not have a null value");
      }
      action.accept(name, value);
    }
  }

  /**
   * One record per entry of {@code values}, in the map's iteration order, made by {@code factory} from the name and
   * the value as text. Values must be numbers, strings or booleans; they are written as {@code String.valueOf} writes
   * them ({@code 0.01}, {@code 100}, {@code true}). A NaN or infinite {@code double} or {@code float} is refused.
   */
  public static <T> List<T> toList(String what, Map<String, ?> values, BiFunction<String, String, T> factory) {
    List<T> records = new ArrayList<>(Objects.requireNonNull(values, "values").size());
    forEach(what, values, (name, value) -> records.add(factory.apply(name, text(what, name, value))));
    return Collections.unmodifiableList(records);
  }

  /** The record {@code factory} makes of one {@code name} and {@code value}, checked as {@link #toList} checks them. */
  public static <T> T one(String what, String name, Object value, BiFunction<String, String, T> factory) {
    return toList(what, Collections.singletonMap(name, value), factory).get(0);
  }

  /**
   * Checks a name-value record: the name is not empty nor holds control characters, and {@code createdAt} is epoch
   * milliseconds.
   */
  public static void check(String type, String name, Optional<Long> createdAt) {
    Checks.checkNotEmpty(type, "name", name);
    Checks.checkNoControlCharacters(type + ".name", name);
    if (createdAt.isPresent()) {
      Checks.checkTime(type, "createdAt", createdAt.get());
    }
  }

  private static String text(String what, String name, Object value) {
    if ((value instanceof Double && !Double.isFinite((Double) value))
        || (value instanceof Float && !Float.isFinite((Float) value))) {
      throw new IllegalArgumentException(what + " '" + Checks.escape(name) + "' must be a finite number but was "
          + value + ": a value is the text of a JSON number, which cannot be NaN or infinite (and another SDK would "
          + "write it as 'nan' or 'inf'). Leave the " + what + " out, or record the text on purpose, e.g. "
          + (what.equals("metric") ? "MLMetric" : "MLHyperParam") + ".of(\"" + Checks.escape(name) + "\", \"" + value
          + "\")");
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw new IllegalArgumentException(what + " '" + name + "' must be a number, string or boolean but was a "
        + value.getClass().getName() + ": " + value);
  }
}
