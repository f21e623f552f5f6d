package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A version label or alias such as {@code "3"} or {@code "champion"} ({@code com.linkedin.common.VersionTag}).
 *
 * <p>A label is an identifier, found by exact comparison (an alias is looked up by its label): it must not start or
 * end with whitespace, where {@code "Champion "} would be another alias than {@code "Champion"} that no one can tell
 * apart in DataHub's UI, nor hold control characters (line breaks, tabs ...). Spaces inside are fine. Labels read
 * from DataHub are taken as they are.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableVersionTag.class)
@JsonDeserialize(as = ImmutableVersionTag.class)
public interface VersionTag extends WithUnknownFields {
  /** The label: no whitespace at either end, no control characters. */
  @JsonProperty("versionTag")
  Optional<String> versionTag();

  /** Where the label came from (servers released before 2025 do not know this field). */
  @JsonProperty("metadataAttribution")
  Optional<MetadataAttribution> metadataAttribution();

  /**
   * A tag holding {@code label}.
   *
   * @throws IllegalArgumentException if {@code label} starts or ends with whitespace or holds a control character;
   *     the message quotes it escaped
   */
  static VersionTag of(String label) {
    return builder().versionTag(Objects.requireNonNull(label, "label")).build();
  }

  /** Validates the label when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (versionTag().isPresent()) {
      Checks.checkNoControlCharacters("VersionTag.versionTag", versionTag().get());
      Checks.checkNoEdgeWhitespace("VersionTag.versionTag", versionTag().get());
    }
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
