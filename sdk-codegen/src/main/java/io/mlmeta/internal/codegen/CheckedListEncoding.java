package io.mlmeta.internal.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.immutables.encode.Encoding;

/**
 * How a {@code List} attribute is built: as Immutables' own lists are (in order, unmodifiable, no null element), but
 * with every builder method checking its argument first, so that a null names the parameter on every Java runtime.
 */
@Encoding
final class CheckedListEncoding<T> {
  @Encoding.Impl
  private List<T> value = Collections.<T>emptyList();

  @Encoding.Expose
  List<T> get() {
    return value;
  }

  @Encoding.Of
  static <T> List<T> copyOf(List<? extends T> elements) {
    List<T> copy = new ArrayList<T>(Objects.requireNonNull(elements, "elements"));
    for (T element : copy) {
      Objects.requireNonNull(element, "element");
    }
    return Collections.unmodifiableList(copy);
  }

  @Encoding.Builder
  static final class Builder<T> {
    private final List<T> list = new ArrayList<T>();

    /**
     * Adds {@code element} to the list.
     *
     * @param element the element, not null
     * @return this builder
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD)
    @Encoding.Init
    void add(T element) {
      list.add(Objects.requireNonNull(element, "element"));
    }

    /**
     * Adds {@code elements} to the list, in order.
     *
     * @param elements the elements, none null
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    @Encoding.Naming("add*")
    @Encoding.Init
    void addArray(T... elements) {
      addAll(Arrays.asList(Objects.requireNonNull(elements, "elements")));
    }

    /**
     * Adds {@code elements} to the list, in order.
     *
     * @param elements the elements, none null
     * @return this builder
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.ADD_ALL)
    @Encoding.Init
    void addAll(Iterable<? extends T> elements) {
      for (T element : Objects.requireNonNull(elements, "elements")) {
        list.add(Objects.requireNonNull(element, "element"));
      }
    }

    /**
     * Sets the list to {@code elements}, in order, replacing what it held.
     *
     * @param elements the elements, none null
     * @return this builder
     */
    @Encoding.Init
    @Encoding.Copy
    void set(Iterable<? extends T> elements) {
      Objects.requireNonNull(elements, "elements");
      list.clear();
      addAll(elements);
    }

    @Encoding.Build
    List<T> build() {
      switch (list.size()) {
        case 0:
          return Collections.<T>emptyList();
        case 1:
          return Collections.<T>singletonList(list.get(0));
        default:
          return Collections.unmodifiableList(new ArrayList<T>(list));
      }
    }
  }
}
