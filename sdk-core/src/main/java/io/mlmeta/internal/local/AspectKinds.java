package io.mlmeta.internal.local;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.RelationshipField;
import io.mlmeta.internal.json.AspectRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the store knows about an aspect by its name: the type the modules register through
 * {@link io.mlmeta.aspect.AspectCatalog}, or else the type of a typed aspect written to this store since it was
 * opened. Unknown aspects are versioned and have no relationships.
 */
final class AspectKinds {
  private final Map<String, AspectType<?>> learned = new ConcurrentHashMap<>();

  /**
   * Remembers the type of {@code aspect} when it is typed and not registered; true when that type is new and
   * declares relationships, so that the aspects stored under its name need indexing again.
   */
  boolean learn(Aspect aspect) {
    AspectType<?> type = aspect.aspectType();
    if (aspect instanceof RawAspect || AspectRegistry.byName(type.name()).isPresent()) {
      return false;
    }
    return learned.putIfAbsent(type.name(), type) == null && !type.relationships().isEmpty();
  }

  /** The type of aspect {@code aspectName}, if known. */
  Optional<AspectType<?>> type(String aspectName) {
    Optional<AspectType<?>> registered = AspectRegistry.byName(aspectName);
    return registered.isPresent() ? registered : Optional.ofNullable(learned.get(aspectName));
  }

  boolean isTimeseries(String aspectName) {
    return type(aspectName).map(AspectType::isTimeseries).orElse(false);
  }

  List<RelationshipField> relationships(String aspectName) {
    return type(aspectName).<List<RelationshipField>>map(AspectType::relationships).orElse(List.of());
  }
}
