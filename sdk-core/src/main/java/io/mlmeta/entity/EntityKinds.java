package io.mlmeta.entity;

import io.mlmeta.read.EntityAspects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link EntityKind}s the modules on the class path register. */
final class EntityKinds {
  private static final List<EntityKind> KINDS = load();

  private EntityKinds() {}

  static Optional<EntityKind> forRead(EntityAspects read) {
    String type = read.urn().entityType();
    return KINDS.stream().filter(k -> k.entityType().equals(type) && k.accepts(read)).findFirst();
  }

  static List<String> supportedTypes() {
    List<String> types = new ArrayList<>();
    KINDS.forEach(k -> {
      if (!types.contains(k.entityType())) {
        types.add(k.entityType());
      }
    });
    return types;
  }

  private static List<EntityKind> load() {
    List<EntityKind> kinds = new ArrayList<>();
    ServiceLoader.load(EntityKind.class, EntityKinds.class.getClassLoader()).forEach(kinds::add);
    return List.copyOf(kinds);
  }
}
