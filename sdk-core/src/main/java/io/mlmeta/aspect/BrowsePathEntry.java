package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a browse path ({@code com.linkedin.common.BrowsePathEntry}): a plain folder name, or an entity
 * (such as a container) whose {@code id} is its URN text.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableBrowsePathEntry.class)
@JsonDeserialize(as = ImmutableBrowsePathEntry.class)
public interface BrowsePathEntry extends WithUnknownFields {
  /** The step's id: a folder name, or the URN text of an entity step. */
  @JsonProperty("id")
  String id();

  /** The entity this step stands for, if it is one. */
  @JsonProperty("urn")
  Optional<Urn> urn();

  /** A folder step called {@code id}. */
  static BrowsePathEntry of(String id) {
    return builder().id(id).build();
  }

  /** An entity step: {@code id} and {@code urn} both name {@code entity}, as DataHub expects. */
  static BrowsePathEntry of(Urn entity) {
    return builder().id(Objects.requireNonNull(entity, "entity").toString()).urn(entity).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("BrowsePathEntry.id", id());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this entry's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BrowsePathEntry}; {@code id} is required. */
  final class Builder extends ImmutableBrowsePathEntry.Builder {}
}
