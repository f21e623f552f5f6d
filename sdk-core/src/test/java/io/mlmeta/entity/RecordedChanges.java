package io.mlmeta.entity;

import io.mlmeta.aspect.Aspect;
import java.util.Optional;

/** Test access to an entity's recorded changes, which only the entity client sees otherwise. */
public final class RecordedChanges {
  private RecordedChanges() {}

  /** The recorded changes of aspect {@code aspectName} applied again to {@code fresh}. */
  public static Aspect reapply(Entity<?> entity, String aspectName, Aspect fresh) {
    return change(entity, aspectName).reapply(fresh);
  }

  /** The version aspect {@code aspectName} was read at, as the client will send it. */
  public static Optional<String> readVersion(Entity<?> entity, String aspectName) {
    return change(entity, aspectName).readVersion();
  }

  private static PendingChange change(Entity<?> entity, String aspectName) {
    return entity.pendingChanges().stream().filter(c -> c.value().aspectName().equals(aspectName)).findFirst()
        .orElseThrow(() -> new AssertionError("no pending change of " + aspectName + " in " + entity));
  }
}
