package io.mlmeta.mcp;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A MetadataChangeProposal: one change to one aspect of one entity, the unit every emitter sends.
 *
 * <p>The entity type comes from the URN. The proposal is checked when built: an aspect that does not belong to the
 * URN's entity type, an UPSERT without an aspect, or a PATCH without a patch is refused with an
 * {@link IllegalArgumentException} before anything is sent. {@link #headers()} carries DataHub's conditional-write
 * headers such as {@code If-Version-Match}.
 *
 * <pre>{@code
 * MetadataChangeProposal mcp = MetadataChangeProposal.upsert(deploymentUrn, Status.of(true));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
public interface MetadataChangeProposal {
  /** Conditional-write header: write only if the aspect's current version is this one ({@code -1}: absent). */
  String IF_VERSION_MATCH = "If-Version-Match";
  /** Conditional-write header: with {@code *} and CREATE, skip the write quietly if the aspect exists. */
  String IF_NONE_MATCH = "If-None-Match";

  /** The entity the change applies to. */
  Urn entityUrn();

  /** The entity type, taken from the URN. */
  @Value.Derived
  default String entityType() {
    return entityUrn().entityType();
  }

  /** What the change does. */
  ChangeType changeType();

  /** The aspect's name; taken from {@link #aspect()} when that is set. */
  @Value.Default
  default String aspectName() {
    return aspect().map(Aspect::aspectName).orElseThrow(() -> new IllegalArgumentException(
        "aspectName is required for a " + changeType() + " proposal on " + entityUrn()));
  }

  /** The aspect to write, for UPSERT, CREATE and CREATE_ENTITY. */
  Optional<Aspect> aspect();

  /** The operations to apply, for PATCH. */
  Optional<Patch> patch();

  /** System metadata to send; emitters stamp {@code lastObserved} and client properties. */
  Optional<SystemMetadata> systemMetadata();

  /** MCP headers, e.g. {@code If-Version-Match}; sent inside the proposal, not as HTTP headers. */
  Map<String, String> headers();

  /** A proposal to write {@code aspect} on {@code urn}, replacing what is there. */
  static MetadataChangeProposal upsert(Urn urn, Aspect aspect) {
    return builder().entityUrn(urn).changeType(ChangeType.UPSERT)
        .aspect(Objects.requireNonNull(aspect, "aspect")).build();
  }

  /** A proposal to apply {@code patch} to aspect {@code aspectName} of {@code urn}. */
  static MetadataChangeProposal patch(Urn urn, String aspectName, Patch patch) {
    return builder().entityUrn(urn).changeType(ChangeType.PATCH).aspectName(aspectName)
        .patch(Objects.requireNonNull(patch, "patch")).build();
  }

  /** A proposal to delete aspect {@code aspectName} of {@code urn}. */
  static MetadataChangeProposal delete(Urn urn, String aspectName) {
    return builder().entityUrn(urn).changeType(ChangeType.DELETE).aspectName(aspectName).build();
  }

  /** This proposal with {@code header} set to {@code value}. */
  default MetadataChangeProposal withHeader(String header, String value) {
    return toBuilder().putHeader(header, value).build();
  }

  /** This proposal with {@code systemMetadata}. */
  default MetadataChangeProposal withSystemMetadata(SystemMetadata systemMetadata) {
    return toBuilder().systemMetadata(systemMetadata).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (aspectName().isEmpty()) {
      throw new IllegalArgumentException("aspectName must not be empty on " + entityUrn());
    }
    switch (changeType()) {
      case UPSERT:
      case CREATE:
      case CREATE_ENTITY:
        Aspect aspect = aspect().orElseThrow(() -> new IllegalArgumentException(
            "a " + changeType() + " proposal needs an aspect (" + entityUrn() + ", " + aspectName() + ")"));
        if (!aspect.aspectName().equals(aspectName())) {
          throw new IllegalArgumentException("aspectName '" + aspectName() + "' does not match the aspect, which is '"
              + aspect.aspectName() + "'");
        }
        if (!aspect.aspectType().appliesTo(entityType())) {
          throw new IllegalArgumentException("aspect " + aspect.aspectName() + " cannot be attached to a "
              + entityType() + " (" + entityUrn() + "); it belongs to " + aspect.aspectType().entityTypes());
        }
        if (patch().isPresent()) {
          throw new IllegalArgumentException("a " + changeType() + " proposal carries an aspect, not a patch");
        }
        break;
      case PATCH:
        if (patch().isEmpty()) {
          throw new IllegalArgumentException("a PATCH proposal needs a patch (" + entityUrn() + ", "
              + aspectName() + ")");
        }
        if (aspect().isPresent()) {
          throw new IllegalArgumentException("a PATCH proposal carries a patch, not an aspect");
        }
        break;
      case DELETE:
        if (aspect().isPresent() || patch().isPresent()) {
          throw new IllegalArgumentException("a DELETE proposal carries neither an aspect nor a patch");
        }
        break;
      default:
        throw new AssertionError(changeType());
    }
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this proposal's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MetadataChangeProposal}; {@code entityUrn} and {@code changeType} are required. */
  final class Builder extends ImmutableMetadataChangeProposal.Builder {}
}
