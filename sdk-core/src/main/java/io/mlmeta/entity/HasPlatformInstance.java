package io.mlmeta.entity;

import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform instance an entity lives on (the {@code dataPlatformInstance} aspect), e.g. one of several MLflow
 * servers.
 *
 * @param <E> the concrete entity type
 */
public interface HasPlatformInstance<E> extends Modifiable<E> {
  /** The platform instance, if set. */
  default Optional<Urn> platformInstance() {
    return aspect(DataPlatformInstance.TYPE).flatMap(DataPlatformInstance::instance);
  }

  /** Sets the platform instance (its platform too). */
  default E setPlatformInstance(DataPlatformInstanceUrn instance) {
    Objects.requireNonNull(instance, "instance");
    DataPlatformInstance value = DataPlatformInstance.of(instance);
    return modify(DataPlatformInstance.TYPE, current -> value);
  }
}
