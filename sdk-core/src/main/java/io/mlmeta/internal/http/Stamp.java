package io.mlmeta.internal.http;

import io.mlmeta.internal.SdkVersion;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;

/**
 * Fills a proposal's system metadata before it is sent, as DataHub's Python client does: created if absent,
 * {@code lastObserved} set to now if 0, {@code clientId} and {@code clientVersion} added unless the caller set them.
 */
public final class Stamp {
  private Stamp() {}

  /** {@code mcp} with its system metadata stamped at {@code nowMillis}. */
  public static MetadataChangeProposal stamp(MetadataChangeProposal mcp, long nowMillis) {
    SystemMetadata sm = mcp.systemMetadata().orElseGet(() -> SystemMetadata.builder().build());
    SystemMetadata.Builder b = sm.toBuilder();
    if (sm.lastObserved() == 0L) {
      b.lastObserved(nowMillis);
    }
    if (!sm.properties().containsKey("clientId")) {
      b.putProperty("clientId", SdkVersion.CLIENT_ID);
    }
    if (!sm.properties().containsKey("clientVersion")) {
      b.putProperty("clientVersion", SdkVersion.VERSION);
    }
    return mcp.withSystemMetadata(b.build());
  }
}
