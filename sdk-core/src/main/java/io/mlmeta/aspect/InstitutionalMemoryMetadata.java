package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One link of an entity's institutional memory: a URL, what it is, and who added it
 * ({@code com.linkedin.common.InstitutionalMemoryMetadata}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableInstitutionalMemoryMetadata.class)
@JsonDeserialize(as = ImmutableInstitutionalMemoryMetadata.class)
public interface InstitutionalMemoryMetadata extends WithUnknownFields {
  /** The link. */
  @JsonProperty("url")
  String url();

  /** What the link is, as shown in DataHub. */
  @JsonProperty("description")
  String description();

  /** When and by whom the link was added. */
  @JsonProperty("createStamp")
  AuditStamp createStamp();

  /** When and by whom the link was last changed (servers released before 2025 do not know this field). */
  @JsonProperty("updateStamp")
  Optional<AuditStamp> updateStamp();

  /** How DataHub shows the link (servers released before 2025 do not know this field). */
  @JsonProperty("settings")
  Optional<InstitutionalMemoryMetadataSettings> settings();

  /** A link to {@code url} described as {@code description}, added as {@code createStamp} says. */
  static InstitutionalMemoryMetadata of(String url, String description, AuditStamp createStamp) {
    return builder().url(url).description(description).createStamp(createStamp).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("InstitutionalMemoryMetadata.url", url());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this link's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link InstitutionalMemoryMetadata}; the url, description and createStamp are required. */
  final class Builder extends ImmutableInstitutionalMemoryMetadata.Builder {}
}
