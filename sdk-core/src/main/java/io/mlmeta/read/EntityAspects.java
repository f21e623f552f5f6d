package io.mlmeta.read;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.urn.Urn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every aspect of one entity as read back, by aspect name: typed where the SDK knows the aspect, a
 * {@link io.mlmeta.aspect.RawAspect} where it does not.
 */
public final class EntityAspects {
  private final Urn urn;
  private final Map<String, VersionedAspect<Aspect>> aspects;

  private EntityAspects(Urn urn, Map<String, VersionedAspect<Aspect>> aspects) {
    this.urn = Objects.requireNonNull(urn, "urn");
    this.aspects = Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
  }

  /** The aspects of {@code urn}. */
  public static EntityAspects of(Urn urn, Map<String, VersionedAspect<Aspect>> aspects) {
    return new EntityAspects(Objects.requireNonNull(urn, "urn"), Objects.requireNonNull(aspects, "aspects"));
  }

  /** The entity. */
  public Urn urn() {
    return urn;
  }

  /** Every aspect, by name. */
  public Map<String, VersionedAspect<Aspect>> aspects() {
    return aspects;
  }

  /** The aspect of {@code type}, if the entity has it. */
  public <A extends Aspect> Optional<A> aspect(AspectType<A> type) {
    return versioned(type).map(VersionedAspect::aspect);
  }

  /** The aspect of {@code type} with its system metadata, if the entity has it. */
  @SuppressWarnings("unchecked")
  public <A extends Aspect> Optional<VersionedAspect<A>> versioned(AspectType<A> type) {
    VersionedAspect<Aspect> found = aspects.get(Objects.requireNonNull(type, "type").name());
    if (found == null || !type.javaType().isInstance(found.aspect())) {
      return Optional.empty();
    }
    return Optional.of((VersionedAspect<A>) (VersionedAspect<?>) found);
  }

  @Override
  public String toString() {
    return "EntityAspects[" + urn + ", " + aspects.keySet() + "]";
  }
}
