package io.mlmeta.entity;

import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.TagAssociation;
import io.mlmeta.urn.TagUrn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Tags of an entity (the {@code globalTags} aspect). Adding a tag that is already there changes nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasTags<E> extends Modifiable<E> {
  /** The tags. */
  default List<TagUrn> tags() {
    return aspect(GlobalTags.TYPE).map(t -> t.tags().stream().map(TagAssociation::tag)
        .collect(Collectors.toList())).orElse(List.of());
  }

  /** Adds {@code tag} unless it is there. */
  default E addTag(TagUrn tag) {
    Objects.requireNonNull(tag, "tag");
    return modify(GlobalTags.TYPE, current -> current != null && current.hasTag(tag) ? current
        : (current == null ? GlobalTags.builder() : current.toBuilder()).addTag(TagAssociation.of(tag)).build());
  }

  /** Removes {@code tag}. */
  default E removeTag(TagUrn tag) {
    Objects.requireNonNull(tag, "tag");
    return modify(GlobalTags.TYPE, current -> current == null ? GlobalTags.builder().build()
        : current.toBuilder().tags(current.tags().stream().filter(t -> !t.tag().equals(tag))
            .collect(Collectors.toList())).build());
  }

  /** Replaces the tags with {@code tags}. */
  default E setTags(List<TagUrn> tags) {
    GlobalTags value = GlobalTags.of(Objects.requireNonNull(tags, "tags").toArray(new TagUrn[0]));
    return modify(GlobalTags.TYPE, current -> value);
  }
}
