package io.mlmeta.entity;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.Status;
import io.mlmeta.internal.Checks;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Soft deletion and lifecycle stage of an entity (the {@code status} aspect), for entity types that have no
 * {@code deprecation} aspect, such as training runs; {@link HasLifecycle} adds deprecation to it. Each change keeps
 * the status's other fields.
 *
 * @param <E> the concrete entity type
 */
public interface HasStatus<E> extends Modifiable<E> {
  /** Whether the entity is soft-deleted. */
  default boolean isRemoved() {
    return aspect(Status.TYPE).map(Status::removed).orElse(false);
  }

  /** Soft-deletes the entity: hidden from search and browse, metadata and the status's other fields kept. */
  default E softDelete() {
    return modify(Status.TYPE,
        current -> current == null ? Status.of(true) : current.toBuilder().removed(true).build());
  }

  /** Undoes a soft delete; the lifecycle stage, if any, stays (DataHub keeps the two apart). */
  default E restore() {
    return modify(Status.TYPE, current -> current == null ? Status.of(false)
        : current.toBuilder().removed(false).build());
  }

  /** The lifecycle stage ({@code urn:li:lifecycleStageType:<id>}), if set. */
  default Optional<Urn> lifecycleStage() {
    return aspect(Status.TYPE).flatMap(Status::lifecycleStage);
  }

  /**
   * Moves the entity to lifecycle stage {@code stage}, recording {@code actor} and the current time as
   * {@code lifecycleLastUpdated}, as DataHub's own mutation does. Only the newest DataHub servers know the lifecycle
   * fields; older ones refuse the write.
   *
   * @throws IllegalArgumentException if {@code stage} is not a {@code lifecycleStageType} urn
   */
  default E setLifecycleStage(Urn stage, Urn actor) {
    Objects.requireNonNull(stage, "lifecycleStage");
    Objects.requireNonNull(actor, "actor");
    Checks.checkEntityType("lifecycleStage", stage, stage.entityType(), Status.LIFECYCLE_STAGE_TYPE);
    AuditStamp stamp = AuditStamp.of(Instant.now(), actor);
    return modify(Status.TYPE, current -> (current == null ? Status.builder().removed(false) : current.toBuilder())
        .lifecycleStage(stage).lifecycleLastUpdated(stamp).build());
  }

  /** Returns the entity to its default (active) lifecycle, recording {@code actor} as who did it. */
  default E clearLifecycleStage(Urn actor) {
    Objects.requireNonNull(actor, "actor");
    AuditStamp stamp = AuditStamp.of(Instant.now(), actor);
    return modify(Status.TYPE, current -> current == null ? Status.of(false)
        : current.lifecycleStage().isEmpty() ? current
        : current.toBuilder().lifecycleStage(Optional.empty()).lifecycleLastUpdated(stamp).build());
  }
}
