package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The values of one structured property on an entity
 * ({@code com.linkedin.structured.StructuredPropertyValueAssignment}). Servers released before 2025 do not know
 * {@code attribution}.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableStructuredPropertyValueAssignment.class)
@JsonDeserialize(as = ImmutableStructuredPropertyValueAssignment.class)
public interface StructuredPropertyValueAssignment extends WithUnknownFields {
  /** The entity type of a structured property's URN, {@code structuredProperty}. */
  String PROPERTY_TYPE = "structuredProperty";

  /** The property, a {@code urn:li:structuredProperty:<id>}. */
  @JsonProperty("propertyUrn")
  Urn propertyUrn();

  /** The values, in order; at least one. */
  @JsonProperty("values")
  List<PrimitivePropertyValue> values();

  /** Who assigned the property first, and when. */
  @JsonProperty("created")
  Optional<AuditStamp> created();

  /** Who changed the values last, and when. */
  @JsonProperty("lastModified")
  Optional<AuditStamp> lastModified();

  /** Where the values came from. */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /** The assignment of {@code values} to {@code propertyUrn}, with no stamps or attribution. */
  static StructuredPropertyValueAssignment of(Urn propertyUrn, PrimitivePropertyValue... values) {
    return builder().propertyUrn(propertyUrn).addValues(Objects.requireNonNull(values, "values")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkEntityType("StructuredPropertyValueAssignment.propertyUrn", propertyUrn(),
        propertyUrn().entityType(), PROPERTY_TYPE);
    if (values().isEmpty()) {
      throw new IllegalArgumentException("StructuredPropertyValueAssignment.values of " + propertyUrn()
          + " must hold at least one value but was empty; remove the assignment to unset the property");
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this assignment's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link StructuredPropertyValueAssignment}; {@code propertyUrn} and one value are required. */
  final class Builder extends ImmutableStructuredPropertyValueAssignment.Builder {}
}
