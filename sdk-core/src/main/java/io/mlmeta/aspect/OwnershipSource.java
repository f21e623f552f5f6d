package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The source of an ownership claim ({@code com.linkedin.common.OwnershipSource}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableOwnershipSource.class)
@JsonDeserialize(as = ImmutableOwnershipSource.class)
public interface OwnershipSource extends WithUnknownFields {
  /** The kind of source. */
  @JsonProperty("type")
  OwnershipSourceType type();

  /** A link to the source, if any. */
  @JsonProperty("url")
  Optional<String> url();

  /** A source of {@code type} with no link. */
  static OwnershipSource of(OwnershipSourceType type) {
    return builder().type(type).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OwnershipSource}; {@code type} is required. */
  final class Builder extends ImmutableOwnershipSource.Builder {}
}
