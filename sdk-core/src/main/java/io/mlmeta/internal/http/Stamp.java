package io.mlmeta.internal.http;

import io.mlmeta.internal.SdkVersion;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;

/**
 * Fills a proposal's system metadata before it is sent, as DataHub's Python client does: created if absent,
 * {@code lastObserved} set to now if 0, {@code clientId} and {@code clientVersion} added unless the caller set them.
 */
public final class Stamp {
  /** The system metadata of the last millisecond stamped, shared by every proposal without its own. */
  private static volatile Stamped latest = new Stamped(-1, null);

  private Stamp() {}

  /** {@code mcp} with its system metadata stamped at {@code nowMillis}. */
  public static MetadataChangeProposal stamp(MetadataChangeProposal mcp, long nowMillis) {
    if (mcp.systemMetadata().isEmpty()) {
      return mcp.withSystemMetadata(fresh(nowMillis));
    }
    SystemMetadata sm = mcp.systemMetadata().get();
    SystemMetadata stamped = stamped(sm, nowMillis);
    return stamped == sm ? mcp : mcp.withSystemMetadata(stamped);
  }

  /** {@code sm} with what is missing filled in, or {@code sm} itself when nothing is. */
  private static SystemMetadata stamped(SystemMetadata sm, long nowMillis) {
    boolean hasId = sm.properties().containsKey("clientId");
    boolean hasVersion = sm.properties().containsKey("clientVersion");
    if (sm.lastObserved() != 0L && hasId && hasVersion) {
      return sm;
    }
    SystemMetadata.Builder b = sm.toBuilder();
    if (sm.lastObserved() == 0L) {
      b.lastObserved(nowMillis);
    }
    if (!hasId) {
      b.putProperty("clientId", SdkVersion.CLIENT_ID);
    }
    if (!hasVersion) {
      b.putProperty("clientVersion", SdkVersion.VERSION);
    }
    return b.build();
  }

  /** The system metadata of a proposal that had none, stamped at {@code nowMillis}; immutable, so shared. */
  private static SystemMetadata fresh(long nowMillis) {
    Stamped last = latest;
    if (last.at != nowMillis) {
      last = new Stamped(nowMillis, stamped(SystemMetadata.builder().build(), nowMillis));
      latest = last;
    }
    return last.metadata;
  }

  private static final class Stamped {
    final long at;
    final SystemMetadata metadata;

    Stamped(long at, SystemMetadata metadata) {
      this.at = at;
      this.metadata = metadata;
    }
  }
}
