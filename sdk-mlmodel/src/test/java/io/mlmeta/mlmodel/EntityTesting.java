package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.EntityKind;
import io.mlmeta.entity.RecordedChanges;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.mlmodel.internal.kind.MLEntityKinds;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers for entity tests: entities "read back" from aspects, and their recorded changes. */
final class EntityTesting {
  /** sdk-mlmodel's provider of entity kinds, as the entity client loads it. */
  static final EntityKind KINDS = new MLEntityKinds();

  private EntityTesting() {}

  /** What a reader would return for {@code urn} holding {@code aspects}, each at version 1. */
  static EntityAspects read(Urn urn, List<? extends Aspect> aspects) {
    Map<String, VersionedAspect<Aspect>> byName = new LinkedHashMap<>();
    for (Aspect aspect : aspects) {
      byName.put(aspect.aspectName(), VersionedAspect.of(aspect, SystemMetadata.builder().version("1").build()));
    }
    return EntityAspects.of(urn, byName);
  }

  /** The entity sdk-mlmodel's entity kinds build from {@code read}, failing the test when they do not take it. */
  static Entity<?> readBack(EntityAspects read) {
    assertThat(KINDS.entityTypes()).contains(read.urn().entityType());
    Optional<Entity<?>> back = KINDS.fromAspects(read);
    assertThat(back).as("%s takes %s", KINDS, read).isPresent();
    return back.orElseThrow();
  }

  /** {@code entity}'s aspects read back through sdk-mlmodel's entity kinds, checked to be the same entity. */
  @SuppressWarnings("unchecked")
  static <E extends Entity<E>> E roundTrip(E entity) {
    EntityAspects read = read(entity.urn(), entity.aspects());
    Entity<?> back = readBack(read);
    assertThat(back).isInstanceOf(entity.getClass());
    assertThat(back.urn()).isEqualTo(entity.urn());
    assertThat(back.aspects()).isEqualTo(entity.aspects());
    assertThat(back.isFetched()).isTrue();
    assertThat(back.changedAspects()).isEmpty();
    return (E) back;
  }

  /** The recorded change of aspect {@code aspectName}. */
  static Recorded pending(Entity<?> entity, String aspectName) {
    RecordedChanges.readVersion(entity, aspectName); // fails now if there is none
    return new Recorded(entity, aspectName);
  }

  /** One aspect's recorded change, as the entity client applies it. */
  static final class Recorded {
    private final Entity<?> entity;
    private final String aspectName;

    Recorded(Entity<?> entity, String aspectName) {
      this.entity = entity;
      this.aspectName = aspectName;
    }

    Aspect reapply(Aspect fresh) {
      return RecordedChanges.reapply(entity, aspectName, fresh);
    }

    Optional<String> readVersion() {
      return RecordedChanges.readVersion(entity, aspectName);
    }
  }
}
