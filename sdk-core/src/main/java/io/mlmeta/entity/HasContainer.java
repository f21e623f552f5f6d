package io.mlmeta.entity;

import io.mlmeta.aspect.Container;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * The parent container of an entity (the {@code container} aspect), e.g. a training run's experiment.
 *
 * @param <E> the concrete entity type
 */
public interface HasContainer<E> extends Modifiable<E> {
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
