package io.mlmeta.entity;

import io.mlmeta.aspect.SubTypes;
import io.mlmeta.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sub-types of an entity (the {@code subTypes} aspect): plain names such as {@code "ML Model"} that DataHub shows
 * and filters on. Adding a name that is already there changes nothing; each change keeps the aspect's other fields.
 *
 * @param <E> the concrete entity type
 */
public interface HasSubTypes<E> extends Modifiable<E> {
  /** The sub-type names, in order. */
  default List<String> subTypes() {
    return aspect(SubTypes.TYPE).map(SubTypes::typeNames).orElse(List.of());
  }

  /** Adds sub-type {@code name} unless it is there. */
  default E addSubType(String name) {
    Checks.checkNotEmpty("subType", Objects.requireNonNull(name, "name"));
    return modify(SubTypes.TYPE, current -> current == null ? SubTypes.of(name)
        : current.typeNames().contains(name) ? current : current.toBuilder().addTypeNames(name).build());
  }

  /** Removes sub-type {@code name}. */
  default E removeSubType(String name) {
    Objects.requireNonNull(name, "name");
    return modify(SubTypes.TYPE, current -> {
      if (current == null) {
        return SubTypes.of();
      }
      List<String> kept = new ArrayList<>(current.typeNames());
      kept.remove(name);
      return current.toBuilder().typeNames(kept).build();
    });
  }

  /** Replaces the sub-type names with {@code names}, keeping the aspect's other fields. */
  default E setSubTypes(List<String> names) {
    List<String> copy = List.copyOf(Objects.requireNonNull(names, "names"));
    copy.forEach(name -> Checks.checkNotEmpty("subType", name));
    return modify(SubTypes.TYPE, current -> (current == null ? SubTypes.builder() : current.toBuilder())
        .typeNames(copy).build());
  }
}
