package io.mlmeta.internal.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.Urn;
import java.util.Objects;

/**
 * One change as the store keeps and logs it: the aspect's JSON after the change (absent for a delete), whether it is
 * a timeseries event, and its system metadata (with the assigned version for versioned aspects). The JSON is never
 * changed once a record holds it.
 */
final class AspectRecord {
  private final Urn urn;
  private final String aspectName;
  private final boolean timeseries;
  private final ObjectNode json;
  private final SystemMetadata systemMetadata;

  private AspectRecord(Urn urn, String aspectName, boolean timeseries, ObjectNode json,
      SystemMetadata systemMetadata) {
    this.urn = Objects.requireNonNull(urn, "urn");
    this.aspectName = Objects.requireNonNull(aspectName, "aspectName");
    this.timeseries = timeseries;
    this.json = json;
    this.systemMetadata = systemMetadata;
  }

  /** The aspect {@code json} written with {@code systemMetadata}. */
  static AspectRecord write(Urn urn, String aspectName, boolean timeseries, ObjectNode json,
      SystemMetadata systemMetadata) {
    return new AspectRecord(urn, aspectName, timeseries, Objects.requireNonNull(json, "json"),
        Objects.requireNonNull(systemMetadata, "systemMetadata"));
  }

  /** The deletion of the aspect (of the whole series, for a timeseries aspect). */
  static AspectRecord delete(Urn urn, String aspectName, boolean timeseries) {
    return new AspectRecord(urn, aspectName, timeseries, null, null);
  }

  Urn urn() {
    return urn;
  }

  String aspectName() {
    return aspectName;
  }

  boolean timeseries() {
    return timeseries;
  }

  boolean isDelete() {
    return json == null;
  }

  /** The aspect JSON; null for a delete. Do not change it. */
  ObjectNode json() {
    return json;
  }

  /** The system metadata; null for a delete. */
  SystemMetadata systemMetadata() {
    return systemMetadata;
  }

  /** The version of a versioned aspect; 0 when it has none. */
  long version() {
    return systemMetadata == null ? 0 : systemMetadata.version().map(Long::parseLong).orElse(0L);
  }

  /** The event time of a timeseries aspect ({@code timestampMillis}); 0 when it has none. */
  long timestampMillis() {
    return json == null ? 0 : json.path("timestampMillis").asLong(0);
  }
}
