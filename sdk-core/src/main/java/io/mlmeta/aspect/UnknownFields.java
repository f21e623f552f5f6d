package io.mlmeta.aspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mlmeta.internal.JacksonCompat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a record that a newer DataHub wrote and this SDK does not model, kept as it was read so that writing
 * the record back leaves it unchanged: fields the SDK has no accessor for (such as a field added to {@code status}
 * or {@code ownership} by a later server), and enum symbols it does not know (read as {@code UNRECOGNIZED}).
 *
 * <p>Every record read from a server, a file or the local store carries its own; a record built in code has
 * {@link #none()}. Builders copy it with {@code toBuilder()}, so changing one field of a record read from DataHub
 * keeps the others, known or not. A field the record models wins over an unknown field of the same name when the
 * record has a value for it. Values are JSON text, compact and ASCII-only (other characters escaped), numbers as
 * written.
 */
public final class UnknownFields {
  private static final UnknownFields NONE = new UnknownFields(Map.of(), Map.of());

  private final Map<String, String> fields;
  private final Map<String, List<String>> symbols;

  private UnknownFields(Map<String, String> fields, Map<String, List<String>> symbols) {
    this.fields = fields;
    this.symbols = symbols;
  }

  /** No unknown fields: what a record built in code holds. */
  public static UnknownFields none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether there is nothing unknown. */
  public boolean isEmpty() {
    return fields.isEmpty() && symbols.isEmpty();
  }

  /** The names of the unknown fields, in the order they were read. */
  public Set<String> names() {
    return fields.keySet();
  }

  /** The unknown field {@code name} as JSON text, e.g. {@code "urn:li:lifecycleStageType:retired"} with quotes. */
  public Optional<String> json(String name) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The symbols of a newer DataHub that the record's field {@code field} holds and this SDK read as
   * {@code UNRECOGNIZED}, in order (one for an enum field, one per {@code UNRECOGNIZED} element for a list).
   */
  public List<String> unrecognizedSymbols(String field) {
    return symbols.getOrDefault(Objects.requireNonNull(field, "field"), List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownFields && ((UnknownFields) o).fields.equals(fields)
        && ((UnknownFields) o).symbols.equals(symbols);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, symbols);
  }

  @Override
  public String toString() {
    return symbols.isEmpty() ? fields.toString() : fields + " unrecognized " + symbols;
  }

  /** Builds {@link UnknownFields}; {@code put} of a name already held replaces it. */
  public static final class Builder {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> symbols = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the unknown field {@code name} holding the JSON value {@code json} (any JSON: an object, a string with
     * its quotes, a number ...).
     *
     * @throws IllegalArgumentException if the name is empty or the text is not one JSON value
     */
    public Builder put(String name, String json) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("UnknownFields name must not be empty but was " + name);
      }
      fields.put(name, Exact.compact(name, Objects.requireNonNull(json, "json")));
      return this;
    }

    /** Adds a symbol of {@code field} that this SDK does not know, in the order the field holds them. */
    public Builder unrecognizedSymbol(String field, String symbol) {
      Objects.requireNonNull(symbol, "symbol");
      symbols.computeIfAbsent(Objects.requireNonNull(field, "field"), k -> new ArrayList<>()).add(symbol);
      return this;
    }

    /** The unknown fields added. */
    public UnknownFields build() {
      if (fields.isEmpty() && symbols.isEmpty()) {
        return NONE;
      }
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      symbols.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new UnknownFields(Collections.unmodifiableMap(new LinkedHashMap<>(fields)),
          Collections.unmodifiableMap(frozen));
    }
  }

  /** JSON text to its compact ASCII form, numbers kept as written; loaded on the first unknown field. */
  private static final class Exact {
    private static final ObjectMapper MAPPER = JacksonCompat.keepTrailingZeros(JsonMapper.builder())
        .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    private static final ObjectWriter ASCII = MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    static String compact(String name, String json) {
      try {
        JsonNode node = MAPPER.readTree(json);
        if (node == null || node.isMissingNode()) {
          throw new IllegalArgumentException("UnknownFields " + name + " must hold a JSON value but was empty");
        }
        return ASCII.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("UnknownFields " + name + " must hold a JSON value but was " + json
            + ": " + e.getOriginalMessage(), e);
      }
    }
  }
}
