package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A version label or alias such as {@code "3"} or {@code "champion"} ({@code com.linkedin.common.VersionTag}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableVersionTag.class)
@JsonDeserialize(as = ImmutableVersionTag.class)
public interface VersionTag extends WithUnknownFields {
  /** The label. */
  @JsonProperty("versionTag")
  Optional<String> versionTag();

  /** Where the label came from (servers released before 2025 do not know this field). */
  @JsonProperty("metadataAttribution")
  Optional<MetadataAttribution> metadataAttribution();

  /** A tag holding {@code label}. */
  static VersionTag of(String label) {
    return builder().versionTag(label).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this tag's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link VersionTag}. */
  final class Builder extends ImmutableVersionTag.Builder {}
}
