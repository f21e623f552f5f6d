package io.mlmeta.entity;

import io.mlmeta.aspect.PrimitivePropertyValue;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.StructuredPropertyValueAssignment;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structured properties of an entity (the {@code structuredProperties} aspect): values of properties defined in
 * DataHub ({@code urn:li:structuredProperty:<id>}), each a list of strings or numbers. Setting a property replaces
 * its values and keeps the other properties, and the property's own creation stamp and attribution.
 *
 * <pre>{@code
 * model.setStructuredProperty(Urn.parse("urn:li:structuredProperty:io.acryl.privacy.retentionTime"), 90)
 *      .setStructuredProperty(Urn.parse("urn:li:structuredProperty:tier"), "gold");
 * }</pre>
 *
 * @param <E> the concrete entity type
 */
public interface HasStructuredProperties<E> extends Modifiable<E> {
  /** The values of every property, by property urn, in order. */
  default Map<Urn, List<PrimitivePropertyValue>> structuredProperties() {
    Map<Urn, List<PrimitivePropertyValue>> out = new LinkedHashMap<>();
    aspect(StructuredProperties.TYPE).ifPresent(p -> p.properties()
        .forEach(a -> out.put(a.propertyUrn(), a.values())));
    return out;
  }

  /** The values of property {@code propertyUrn}; empty if it is not set. */
  default List<PrimitivePropertyValue> structuredProperty(Urn propertyUrn) {
    Objects.requireNonNull(propertyUrn, "propertyUrn");
    return aspect(StructuredProperties.TYPE).flatMap(p -> p.property(propertyUrn))
        .map(StructuredPropertyValueAssignment::values).orElse(List.of());
  }

  /**
   * Sets property {@code propertyUrn} to {@code values}: strings, numbers (sent as doubles) or
   * {@link PrimitivePropertyValue}s.
   *
   * @throws IllegalArgumentException naming the value if one is neither a string nor a number, or naming the urn if
   *     it is not a {@code structuredProperty} urn or no value is given
   */
  default E setStructuredProperty(Urn propertyUrn, Object... values) {
    Objects.requireNonNull(propertyUrn, "propertyUrn");
    List<PrimitivePropertyValue> converted = new ArrayList<>(Objects.requireNonNull(values, "values").length);
    for (Object value : values) {
      converted.add(PrimitivePropertyValue.of(value));
    }
    StructuredPropertyValueAssignment assignment = StructuredPropertyValueAssignment.builder()
        .propertyUrn(propertyUrn).values(converted).build();
    return modify(StructuredProperties.TYPE, current -> current == null
        ? StructuredProperties.of(assignment) : current.withProperty(assignment));
  }

  /** Removes property {@code propertyUrn}, keeping the others. */
  default E removeStructuredProperty(Urn propertyUrn) {
    Objects.requireNonNull(propertyUrn, "propertyUrn");
    return modify(StructuredProperties.TYPE, current -> current == null ? StructuredProperties.builder().build()
        : current.withoutProperty(propertyUrn));
  }
}
