package io.mlmeta.mcp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Metadata about a write: when it was observed, which ingestion run made it, client properties, and (on reads)
 * the aspect version that conditional writes compare against.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableSystemMetadata.class)
@JsonDeserialize(as = ImmutableSystemMetadata.class)
public interface SystemMetadata {
  /** The run id DataHub uses when none is given. */
  String NO_RUN_ID = "no-run-id-provided";

  /** When the metadata was observed, epoch milliseconds; 0 means "stamp it when sending". */
  @JsonProperty("lastObserved")
  @Value.Default
  default long lastObserved() {
    return 0L;
  }

  /** The ingestion run that wrote it. */
  @JsonProperty("runId")
  @Value.Default
  default String runId() {
    return NO_RUN_ID;
  }

  /** The run that last wrote it, as the server reports. */
  @JsonProperty("lastRunId")
  Optional<String> lastRunId();

  /** Client properties; emitters add {@code clientId} and {@code clientVersion}. */
  @JsonProperty("properties")
  Map<String, String> properties();

  /** The aspect's version as the server reports it on reads; compared by {@code If-Version-Match}. */
  @JsonProperty("version")
  Optional<String> version();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SystemMetadata}; every field has a default. */
  final class Builder extends ImmutableSystemMetadata.Builder {}
}
