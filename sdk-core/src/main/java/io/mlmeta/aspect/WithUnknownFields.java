package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A record that keeps what a newer DataHub wrote and this SDK does not model ({@link UnknownFields}), and writes
 * it back unchanged. Every aspect and every record nested in one is such a record.
 */
public interface WithUnknownFields {
  /**
   * The fields and enum symbols of a newer DataHub this record was read with; {@link UnknownFields#none()} if built.
   */
  @JsonIgnore
  @Value.Default
  default UnknownFields unknownFields() {
    return UnknownFields.none();
  }

  /** The unknown fields for Jackson databind to write after the known ones; not for direct use. */
  @JsonAnyGetter
  default Map<String, Object> unknownFieldsForJackson() {
    UnknownFields unknown = unknownFields();
    if (unknown.names().isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : unknown.names()) {
      out.put(name, new RawValue(unknown.json(name).orElseThrow()));
    }
    return out;
  }
}
