package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/**
 * How DataHub shows one link of an entity ({@code settings} of {@code InstitutionalMemoryMetadata}). Servers
 * released before 2025 do not know this record.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableInstitutionalMemoryMetadataSettings.class)
@JsonDeserialize(as = ImmutableInstitutionalMemoryMetadataSettings.class)
public interface InstitutionalMemoryMetadataSettings extends WithUnknownFields {
  /** Whether the link is shown in the entity's preview; {@code false} unless set. */
  @JsonProperty("showInAssetPreview")
  @Value.Default
  default boolean showInAssetPreview() {
    return false;
  }

  /** Settings that show the link in the entity's preview ({@code true}) or not. */
  static InstitutionalMemoryMetadataSettings of(boolean showInAssetPreview) {
    return builder().showInAssetPreview(showInAssetPreview).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings' values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link InstitutionalMemoryMetadataSettings}. */
  final class Builder extends ImmutableInstitutionalMemoryMetadataSettings.Builder {}
}
