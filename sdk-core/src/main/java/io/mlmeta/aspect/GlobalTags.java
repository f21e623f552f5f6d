package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.TagUrn;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code globalTags} aspect: the tags on an entity.
 *
 * <pre>{@code
 * GlobalTags tags = GlobalTags.of(TagUrn.of("forecasting"), TagUrn.of("arima"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableGlobalTags.class)
@JsonDeserialize(as = ImmutableGlobalTags.class)
public interface GlobalTags extends Aspect, WithUnknownFields {
  /** The {@code globalTags} aspect type. */
  AspectType<GlobalTags> TYPE = AspectType.of("globalTags", "com.linkedin.common.GlobalTags", GlobalTags.class,
      EntityTypes.GOVERNED)
      .withRelationship("tags/*/tag", RelationshipTypes.TAGGED_WITH);

  /** The tags, in order. */
  @JsonProperty("tags")
  List<TagAssociation> tags();

  /** The aspect holding {@code tags}, each with no context or attribution. */
  static GlobalTags of(TagUrn... tags) {
    return builder()
        .tags(Arrays.stream(Objects.requireNonNull(tags, "tags")).map(TagAssociation::of).collect(Collectors.toList()))
        .build();
  }

  /** Whether {@code tag} is among the tags. */
  default boolean hasTag(TagUrn tag) {
    return tags().stream().anyMatch(t -> t.tag().equals(tag));
  }

  @Override
  default AspectType<GlobalTags> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GlobalTags}. */
  final class Builder extends ImmutableGlobalTags.Builder {}
}
