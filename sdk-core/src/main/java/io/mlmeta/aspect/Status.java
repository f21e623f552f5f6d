package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code status} aspect: whether an entity is soft-deleted ({@code {"removed": true}}) and so hidden from
 * search and browse while its metadata is kept, and, on the newest DataHub servers, the entity's lifecycle stage.
 *
 * <p>{@code lifecycleStage} is an urn of a {@code lifecycleStageType} entity defined on the server; DataHub keeps it
 * apart from {@code removed} (setting one never changes the other). Servers older than the lifecycle model refuse
 * the two lifecycle fields, so set them only where the server has them.
 *
 * <pre>{@code
 * Status staged = Status.builder().removed(false)
 *     .lifecycleStage(Urn.parse("urn:li:lifecycleStageType:retired"))
 *     .lifecycleLastUpdated(AuditStamp.of(Instant.now(), CorpUserUrn.of("jdoe")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableStatus.class)
@JsonDeserialize(as = ImmutableStatus.class)
public interface Status extends Aspect, WithUnknownFields {
  /** The {@code status} aspect type. */
  AspectType<Status> TYPE = AspectType.of("status", "com.linkedin.common.Status", Status.class,
      EntityTypes.ALL);

  /** The entity type of {@link #lifecycleStage()} urns. */
  String LIFECYCLE_STAGE_TYPE = "lifecycleStageType";

  /** Whether the entity is soft-deleted. */
  @JsonProperty("removed")
  boolean removed();

  /** The lifecycle stage, an urn of a {@code lifecycleStageType} ({@code urn:li:lifecycleStageType:<id>}), if any. */
  @JsonProperty("lifecycleStage")
  Optional<Urn> lifecycleStage();

  /** When and by whom {@link #lifecycleStage()} was last set, if known. */
  @JsonProperty("lifecycleLastUpdated")
  Optional<AuditStamp> lifecycleLastUpdated();

  /** The status of a soft-deleted ({@code true}) or live ({@code false}) entity. */
  static Status of(boolean removed) {
    return builder().removed(removed).build();
  }

  @Override
  default AspectType<Status> aspectType() {
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

  /** Builds a {@link Status}; {@code removed} is required. */
  final class Builder extends ImmutableStatus.Builder {}
}
