package io.mlmeta.entity;

import io.mlmeta.read.EntityAspects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** The {@link EntityKind}s that the modules on the class path register, asked in class-path order. */
final class EntityKinds {
  private static final EntityKinds LOADED = new EntityKinds(load());

  private final List<EntityKind> kinds;

  EntityKinds(List<EntityKind> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** The providers registered on the class path, loaded once. */
  static EntityKinds loaded() {
    return LOADED;
  }

  /** The entity that the first provider taking {@code read} builds, or empty when none takes it. */
  Optional<Entity<?>> fromRead(EntityAspects read) {
    String type = read.urn().entityType();
    for (EntityKind kind : kinds) {
      if (kind.entityTypes().contains(type)) {
        Optional<Entity<?>> entity = kind.fromAspects(read);
        if (entity.isPresent()) {
          return entity;
        }
      }
    }
    return Optional.empty();
  }

  /** The entity types some provider reads, in alphabetical order. */
  List<String> supportedTypes() {
    TreeSet<String> types = new TreeSet<>();
    kinds.forEach(k -> types.addAll(k.entityTypes()));
    return List.copyOf(types);
  }

  private static List<EntityKind> load() {
    List<EntityKind> kinds = new ArrayList<>();
    ServiceLoader.load(EntityKind.class, EntityKinds.class.getClassLoader()).forEach(kinds::add);
    return kinds;
  }
}
