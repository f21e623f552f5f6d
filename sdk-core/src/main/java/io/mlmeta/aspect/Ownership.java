package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code ownership} aspect: who owns an entity. {@code lastModified} defaults to DataHub's own default,
 * time 0 by {@code urn:li:corpuser:unknown}.
 *
 * <pre>{@code
 * Ownership ownership = Ownership.builder()
 *     .addOwner(Owner.of(CorpUserUrn.of("mlops_team"), OwnershipType.TECHNICAL_OWNER))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableOwnership.class)
@JsonDeserialize(as = ImmutableOwnership.class)
public interface Ownership extends Aspect, WithUnknownFields {
  /** The {@code ownership} aspect type. */
  AspectType<Ownership> TYPE = AspectType.of("ownership", "com.linkedin.common.Ownership", Ownership.class,
      EntityTypes.GOVERNED)
      .withRelationship("owners/*/owner", RelationshipTypes.OWNED_BY)
      .withRelationship("owners/*/typeUrn", RelationshipTypes.OWNERSHIP_TYPE);

  /** The owners, in order. */
  @JsonProperty("owners")
  List<Owner> owners();

  /** When and by whom ownership last changed. */
  @JsonProperty("lastModified")
  @Value.Default
  default AuditStamp lastModified() {
    return AuditStamp.of(0L, AuditStamp.UNKNOWN_ACTOR);
  }

  /** Whether {@code owner} is among the owners, whatever its ownership type. */
  default boolean hasOwner(io.mlmeta.urn.Urn owner) {
    return owners().stream().anyMatch(o -> o.owner().equals(owner));
  }

  @Override
  default AspectType<Ownership> aspectType() {
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

  /** Builds an {@link Ownership}. */
  final class Builder extends ImmutableOwnership.Builder {}
}
