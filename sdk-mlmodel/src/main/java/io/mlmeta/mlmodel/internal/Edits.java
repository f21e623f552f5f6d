package io.mlmeta.mlmodel.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Pure edits of aspect values and their lists and maps, for entity mutators: each returns a new value and depends
 * only on its arguments, so a recorded change gives the same edit when applied again to a newer aspect.
 */
public final class Edits {
  private Edits() {}

  /** {@code edit}, applied to the current aspect or, when the entity has none, to {@code empty}. */
  public static <A> UnaryOperator<A> orEmpty(Supplier<A> empty, UnaryOperator<A> edit) {
    return current -> edit.apply(current == null ? empty.get() : current);
  }

  /** {@code list} with {@code item} appended, or {@code list} itself when the item is there. */
  public static <T> List<T> plus(List<T> list, T item) {
    if (list.contains(item)) {
      return list;
    }
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return Collections.unmodifiableList(copy);
  }

  /** {@code list} without {@code item}. */
  public static <T> List<T> minus(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.removeIf(item::equals);
    return Collections.unmodifiableList(copy);
  }

  /**
   * {@code list} with {@code item} in place of the element of the same name, or appended when no element has that
   * name: for hyperparameters and metrics, whose names are unique.
   */
  public static <T> List<T> putNamed(List<T> list, T item, Function<T, String> name) {
    List<T> copy = new ArrayList<>(list);
    String key = name.apply(item);
    for (int i = 0; i < copy.size(); i++) {
      if (name.apply(copy.get(i)).equals(key)) {
        copy.set(i, item);
        return Collections.unmodifiableList(copy);
      }
    }
    copy.add(item);
    return Collections.unmodifiableList(copy);
  }

  /** An unmodifiable copy of {@code map} in its iteration order, refusing null keys and values. */
  public static Map<String, String> copyOf(Map<String, String> map) {
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(value, "value of " + key)));
    return Collections.unmodifiableMap(copy);
  }

  /** {@code map} with {@code key} set to {@code value}, keeping the other entries and their order. */
  public static Map<String, String> put(Map<String, String> map, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(map);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
    return Collections.unmodifiableMap(copy);
  }
}
