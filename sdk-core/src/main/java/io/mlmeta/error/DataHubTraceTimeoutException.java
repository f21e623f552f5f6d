package io.mlmeta.error;

import java.util.List;

/**
 * A write GMS queued ({@link io.mlmeta.config.EmitMode#ASYNC_WAIT}) was still pending when the deadline for
 * tracing it ran out: {@link #pendingStorages()} says where (primary storage, the search index, or both). It may
 * still be applied later; its {@link #traceId()} lets DataHub's trace API tell.
 */
public final class DataHubTraceTimeoutException extends DataHubTraceException {
  private static final long serialVersionUID = 1L;

  private final List<String> pendingStorages;

  /**
   * A write of {@code urn}'s {@code aspectName} with {@code traceId} still pending in {@code pendingStorages} after
   * {@code reason}.
   */
  public DataHubTraceTimeoutException(String traceId, String urn, String aspectName, List<String> pendingStorages,
      String reason) {
    super(traceId, urn, aspectName, null, null, null, reason + (pendingStorages.isEmpty()
        ? "; the trace API never reported its status" : "; still PENDING in " + String.join(" and ", pendingStorages)),
        null);
    this.pendingStorages = List.copyOf(pendingStorages);
  }

  /**
   * Where the write was still {@code PENDING}: {@code primaryStorage}, {@code searchStorage}, or both; empty when the
   * trace API's answers did not mention the aspect at all.
   */
  public List<String> pendingStorages() {
    return pendingStorages;
  }
}
