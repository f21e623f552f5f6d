package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One owner of an entity: a user or group and the kind of ownership ({@code com.linkedin.common.Owner}).
 * The {@code type} is required on the wire; a custom ownership type is {@link OwnershipType#CUSTOM} plus
 * {@link #typeUrn()}.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableOwner.class)
@JsonDeserialize(as = ImmutableOwner.class)
public interface Owner extends WithUnknownFields {
  /** The owner, a {@code corpuser} or {@code corpGroup} URN. */
  @JsonProperty("owner")
  Urn owner();

  /** The kind of ownership. */
  @JsonProperty("type")
  OwnershipType type();

  /** A custom ownership type, {@code urn:li:ownershipType:<id>}; set together with {@link OwnershipType#CUSTOM}. */
  @JsonProperty("typeUrn")
  Optional<Urn> typeUrn();

  /** Where the claim came from. */
  @JsonProperty("source")
  Optional<OwnershipSource> source();

  /** Who attributed the ownership (servers released before 2025 do not know this field). */
  @JsonProperty("attribution")
  Optional<MetadataAttribution> attribution();

  /** {@code owner} as an owner of kind {@code type}. */
  static Owner of(Urn owner, OwnershipType type) {
    return builder().owner(owner).type(type).build();
  }

  /** {@code owner} as an owner of the custom ownership type {@code typeUrn}. */
  static Owner ofCustomType(Urn owner, Urn typeUrn) {
    return builder().owner(owner).type(OwnershipType.CUSTOM)
        .typeUrn(Objects.requireNonNull(typeUrn, "typeUrn")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    String entityType = owner().entityType();
    if (!entityType.equals("corpuser") && !entityType.equals("corpGroup")) {
      throw new IllegalArgumentException("Owner.owner must be a corpuser or corpGroup URN but was " + owner());
    }
    if (typeUrn().isPresent() && !typeUrn().get().entityType().equals("ownershipType")) {
      throw new IllegalArgumentException("Owner.typeUrn must be an ownershipType URN but was " + typeUrn().get());
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this owner's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link Owner}; {@code owner} and {@code type} are required. */
  final class Builder extends ImmutableOwner.Builder {}
}
