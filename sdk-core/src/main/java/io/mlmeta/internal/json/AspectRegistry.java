package io.mlmeta.internal.json;

import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every aspect type the modules on the class path declare through {@link AspectCatalog}, by wire name. */
public final class AspectRegistry {
  private static final Map<String, AspectType<?>> BY_NAME = load();
  private static final Map<String, AspectType<?>> BY_PEGASUS_CLASS = byPegasusClass(BY_NAME);

  private AspectRegistry() {}

  /** The aspect type called {@code aspectName}, if a module declares one. */
  public static Optional<AspectType<?>> byName(String aspectName) {
    return Optional.ofNullable(BY_NAME.get(aspectName));
  }

  /** The aspect type defined by Pegasus record {@code pegasusClass}, if a module declares one. */
  public static Optional<AspectType<?>> byPegasusClass(String pegasusClass) {
    return Optional.ofNullable(BY_PEGASUS_CLASS.get(pegasusClass));
  }

  private static Map<String, AspectType<?>> byPegasusClass(Map<String, AspectType<?>> byName) {
    Map<String, AspectType<?>> out = new HashMap<>();
    byName.values().forEach(t -> out.put(t.pegasusClass(), t));
    return Map.copyOf(out);
  }

  private static Map<String, AspectType<?>> load() {
    Map<String, AspectType<?>> byName = new HashMap<>();
    for (AspectCatalog catalog : ServiceLoader.load(AspectCatalog.class, AspectRegistry.class.getClassLoader())) {
      for (AspectType<?> type : catalog.aspectTypes()) {
        AspectType<?> previous = byName.putIfAbsent(type.name(), type);
        if (previous != null && previous != type) {
          throw new IllegalStateException("aspect " + type.name() + " is declared twice: by "
              + previous.javaType().getName() + " and " + type.javaType().getName());
        }
      }
    }
    return Map.copyOf(byName);
  }
}
