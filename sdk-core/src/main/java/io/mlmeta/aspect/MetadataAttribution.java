package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a piece of metadata came from ({@code com.linkedin.common.MetadataAttribution}). Servers released before
 * 2025 do not know this record on version tags and owners.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMetadataAttribution.class)
@JsonDeserialize(as = ImmutableMetadataAttribution.class)
public interface MetadataAttribution extends WithUnknownFields {
  /** When it was attributed, in epoch milliseconds. */
  @JsonProperty("time")
  long time();

  /** Who attributed it. */
  @JsonProperty("actor")
  Urn actor();

  /** The source (e.g. an ingestion source or a policy), if any. */
  @JsonProperty("source")
  Optional<Urn> source();

  /** Free-form details about the source. */
  @JsonProperty("sourceDetail")
  Map<String, String> sourceDetail();

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkTime("MetadataAttribution.time", time());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this attribution's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MetadataAttribution}; {@code time} and {@code actor} are required. */
  final class Builder extends ImmutableMetadataAttribution.Builder {}
}
