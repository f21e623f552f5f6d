package io.mlmeta.entity;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Owners of an entity (the {@code ownership} aspect). An owner is a user or group; adding one that is already
 * there with the same ownership type changes nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasOwners<E> extends Modifiable<E> {
  /** The owners. */
  default List<Owner> owners() {
    return aspect(Ownership.TYPE).map(Ownership::owners).orElse(List.of());
  }

  /** Adds {@code owner} as a technical owner, DataHub's default kind. */
  default E addOwner(Urn owner) {
    return addOwner(Owner.of(owner, OwnershipType.TECHNICAL_OWNER));
  }

  /** Adds {@code owner} as an owner of kind {@code type}. */
  default E addOwner(Urn owner, OwnershipType type) {
    return addOwner(Owner.of(owner, type));
  }

  /** Adds {@code owner} unless the same user or group is there with the same type (and type URN). */
  default E addOwner(Owner owner) {
    Objects.requireNonNull(owner, "owner");
    return modify(Ownership.TYPE, current -> {
      if (current != null && current.owners().stream().anyMatch(o -> sameOwnership(o, owner))) {
        return current;
      }
      return (current == null ? Ownership.builder() : current.toBuilder()).addOwner(owner).build();
    });
  }

  /** Removes {@code owner}, whatever kinds of ownership it has. */
  default E removeOwner(Urn owner) {
    Objects.requireNonNull(owner, "owner");
    return modify(Ownership.TYPE, current -> current == null ? Ownership.builder().build()
        : current.toBuilder().owners(current.owners().stream().filter(o -> !o.owner().equals(owner))
            .collect(Collectors.toList())).build());
  }

  /** Replaces the owners with {@code owners}. */
  default E setOwners(List<Owner> owners) {
    List<Owner> copy = List.copyOf(Objects.requireNonNull(owners, "owners"));
    return modify(Ownership.TYPE, current ->
        (current == null ? Ownership.builder() : current.toBuilder()).owners(copy).build());
  }

  private static boolean sameOwnership(Owner a, Owner b) {
    return a.owner().equals(b.owner()) && a.type() == b.type() && a.typeUrn().equals(b.typeUrn());
  }
}
