package io.mlmeta.internal.codegen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.encode.Encoding;

/**
 * How a {@code Map} attribute is built: as Immutables' own maps are (in insertion order, unmodifiable, no null key or
 * value, a later put of a key replacing its value), but with every builder method checking its argument first, so
 * that a null names the parameter on every Java runtime.
 */
@Encoding
final class CheckedMapEncoding<K, V> {
  @Encoding.Impl
  private Map<K, V> value = Collections.<K, V>emptyMap();

  @Encoding.Expose
  Map<K, V> get() {
    return value;
  }

  @Encoding.Of
  static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> entries) {
    Map<K, V> copy = new LinkedHashMap<K, V>();
    for (Map.Entry<? extends K, ? extends V> entry : Objects.requireNonNull(entries, "entries").entrySet()) {
      copy.put(Objects.requireNonNull(entry.getKey(), "key"),
          Objects.requireNonNull(entry.getValue(), "value"));
    }
    return Collections.unmodifiableMap(copy);
  }

  @Encoding.Builder
  static final class Builder<K, V> {
    private final Map<K, V> map = new LinkedHashMap<K, V>();

    /**
     * Puts {@code value} under {@code key}, replacing a value the key had.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    @Encoding.Init
    void put(K key, V value) {
      map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /**
     * Puts the value of {@code entry} under its key, replacing a value the key had.
     *
     * @param entry the entry, not null, with neither key nor value null
     * @return this builder
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT)
    @Encoding.Init
    void putEntry(Map.Entry<? extends K, ? extends V> entry) {
      Objects.requireNonNull(entry, "entry");
      map.put(Objects.requireNonNull(entry.getKey(), "key"), Objects.requireNonNull(entry.getValue(), "value"));
    }

    /**
     * Puts each entry of {@code entries}, in their order, replacing the values their keys had.
     *
     * @param entries the entries, not null, with no null key or value
     * @return this builder
     */
    @Encoding.Naming(standard = Encoding.StandardNaming.PUT_ALL)
    @Encoding.Init
    void putAll(Map<? extends K, ? extends V> entries) {
      for (Map.Entry<? extends K, ? extends V> entry : Objects.requireNonNull(entries, "entries").entrySet()) {
        map.put(Objects.requireNonNull(entry.getKey(), "key"), Objects.requireNonNull(entry.getValue(), "value"));
      }
    }

    /**
     * Sets the map to {@code entries}, in their order, replacing what it held.
     *
     * @param entries the entries, not null, with no null key or value
     * @return this builder
     */
    @Encoding.Init
    @Encoding.Copy
    void set(Map<? extends K, ? extends V> entries) {
      Objects.requireNonNull(entries, "entries");
      map.clear();
      putAll(entries);
    }

    @Encoding.Build
    Map<K, V> build() {
      if (map.isEmpty()) {
        return Collections.<K, V>emptyMap();
      }
      return Collections.unmodifiableMap(new LinkedHashMap<K, V>(map));
    }
  }
}
