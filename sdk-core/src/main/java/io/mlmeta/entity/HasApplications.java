package io.mlmeta.entity;

import io.mlmeta.aspect.Applications;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;

/**
 * The applications an entity belongs to (the {@code applications} aspect; {@code urn:li:application:<id>}), on
 * DataHub servers that have applications. Adding one that is there changes nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasApplications<E> extends Modifiable<E> {
  /** The applications, in order. */
  default List<Urn> applications() {
    return aspect(Applications.TYPE).map(Applications::applications).orElse(List.of());
  }

  /**
   * Adds {@code application} unless it is there.
   *
   * @throws IllegalArgumentException naming it if it is not an {@code application} urn
   */
  default E addApplication(Urn application) {
    Objects.requireNonNull(application, "application");
    return modify(Applications.TYPE, current -> current == null ? Applications.of(application)
        : current.withApplication(application));
  }

  /** Removes {@code application}. */
  default E removeApplication(Urn application) {
    Objects.requireNonNull(application, "application");
    return modify(Applications.TYPE, current -> current == null ? Applications.of()
        : current.withoutApplication(application));
  }
}
