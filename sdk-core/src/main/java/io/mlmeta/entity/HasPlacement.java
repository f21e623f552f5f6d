package io.mlmeta.entity;

import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entity lives: its platform instance (the {@code dataPlatformInstance} aspect) and its parent container
 * (the {@code container} aspect, e.g. a training run's experiment).
 *
 * @param <E> the concrete entity type
 */
public interface HasPlacement<E> extends Modifiable<E> {
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

  /** The parent container, if set. */
  default Optional<Urn> container() {
    return aspect(Container.TYPE).map(Container::container);
  }

  /** Sets the parent container. */
  default E setContainer(ContainerUrn container) {
    Objects.requireNonNull(container, "container");
    Container value = Container.of(container);
    return modify(Container.TYPE, current -> value);
  }
}
