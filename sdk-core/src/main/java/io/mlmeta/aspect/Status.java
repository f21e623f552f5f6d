package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/**
 * The {@code status} aspect: whether an entity is soft-deleted ({@code {"removed": true}}) and so hidden from
 * search and browse while its metadata is kept.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableStatus.class)
@JsonDeserialize(as = ImmutableStatus.class)
public interface Status extends Aspect, WithUnknownFields {
  /** The {@code status} aspect type. */
  AspectType<Status> TYPE = AspectType.of("status", "com.linkedin.common.Status", Status.class,
      EntityTypes.ALL);

  /** Whether the entity is soft-deleted. */
  @JsonProperty("removed")
  boolean removed();

  /** The status of a soft-deleted ({@code true}) or live ({@code false}) entity. */
  static Status of(boolean removed) {
    return builder().removed(removed).build();
  }

  @Override
  default AspectType<Status> aspectType() {
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

  /** Builds a {@link Status}; {@code removed} is required. */
  final class Builder extends ImmutableStatus.Builder {}
}
