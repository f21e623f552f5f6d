package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code structuredProperties} aspect: the values of the structured properties (typed, centrally defined
 * properties) assigned to an entity, one assignment per property.
 *
 * <pre>{@code
 * Urn tier = Urn.parse("urn:li:structuredProperty:io.acryl.tier");
 * StructuredProperties properties = StructuredProperties.of(
 *     StructuredPropertyValueAssignment.of(tier, PrimitivePropertyValue.ofString("gold")));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableStructuredProperties.class)
@JsonDeserialize(as = ImmutableStructuredProperties.class)
public interface StructuredProperties extends Aspect, WithUnknownFields {
  /** The {@code structuredProperties} aspect type. */
  AspectType<StructuredProperties> TYPE = AspectType.of("structuredProperties",
      "com.linkedin.structured.StructuredProperties", StructuredProperties.class,
      AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT_AND_FEATURE);

  /** The assignments, in order, each of a different property. */
  @JsonProperty("properties")
  List<StructuredPropertyValueAssignment> properties();

  /** The aspect holding {@code properties}. */
  static StructuredProperties of(StructuredPropertyValueAssignment... properties) {
    return builder().addProperties(Objects.requireNonNull(properties, "properties")).build();
  }

  /** The assignment of {@code propertyUrn}, if the entity has one. */
  default Optional<StructuredPropertyValueAssignment> property(Urn propertyUrn) {
    return properties().stream().filter(p -> p.propertyUrn().equals(propertyUrn)).findFirst();
  }

  /**
   * This aspect with {@code assignment} added at the end, or, when its property is already assigned, in that
   * assignment's place. A replaced assignment takes the new values and {@code lastModified}; it keeps its own
   * {@code created}, {@code attribution} and unknown fields where {@code assignment} has none.
   */
  default StructuredProperties withProperty(StructuredPropertyValueAssignment assignment) {
    List<StructuredPropertyValueAssignment> next = new ArrayList<>(properties());
    for (int i = 0; i < next.size(); i++) {
      StructuredPropertyValueAssignment old = next.get(i);
      if (old.propertyUrn().equals(assignment.propertyUrn())) {
        next.set(i, old.toBuilder()
            .values(assignment.values())
            .lastModified(assignment.lastModified())
            .created(assignment.created().or(old::created))
            .attribution(assignment.attribution().or(old::attribution))
            .unknownFields(assignment.unknownFields().isEmpty() ? old.unknownFields() : assignment.unknownFields())
            .build());
        return toBuilder().properties(next).build();
      }
    }
    next.add(assignment);
    return toBuilder().properties(next).build();
  }

  /** This aspect without the assignment of {@code propertyUrn}; unchanged if it has none. */
  default StructuredProperties withoutProperty(Urn propertyUrn) {
    return toBuilder().properties(properties().stream().filter(p -> !p.propertyUrn().equals(propertyUrn))
        .collect(Collectors.toList())).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkDistinct("StructuredProperties.properties propertyUrn",
        properties().stream().map(StructuredPropertyValueAssignment::propertyUrn).collect(Collectors.toList()));
  }

  @Override
  default AspectType<StructuredProperties> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link StructuredProperties}. */
  final class Builder extends ImmutableStructuredProperties.Builder {}
}
