package io.mlmeta.error;

import java.util.Optional;

/**
 * A write GMS queued ({@link io.mlmeta.config.EmitMode#ASYNC_WAIT}) was not confirmed by DataHub's trace API: one of
 * its storages (primary storage or the search index) reports an error, the trace could not be read, or the answer
 * carried no trace id to follow. Names the URN, the aspect, the trace id, the storage that failed with its write
 * status, and the server's own error text. {@link DataHubTraceTimeoutException} is the case of a write still
 * pending when the deadline ran out.
 *
 * <p>The write was accepted and queued, so when the trace could not be read ({@link #getCause()} says why) it may
 * still have been applied; sending an UPSERT again is safe.
 */
public class DataHubTraceException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String traceId;
  private final String urn;
  private final String aspectName;
  private final String storage;
  private final String writeStatus;
  private final String serverMessage;

  /**
   * A trace failure of {@code urn}'s {@code aspectName}, for {@code reason}; {@code traceId}, {@code storage}
   * ({@code primaryStorage} or {@code searchStorage}), {@code writeStatus} (such as {@code ERROR}), {@code
   * serverMessage} and {@code cause} are null when unknown.
   */
  public DataHubTraceException(String traceId, String urn, String aspectName, String storage, String writeStatus,
      String serverMessage, String reason, Throwable cause) {
    super(describe(traceId, urn, aspectName, storage, writeStatus, serverMessage, reason), cause);
    this.traceId = traceId;
    this.urn = urn;
    this.aspectName = aspectName;
    this.storage = storage;
    this.writeStatus = writeStatus;
    this.serverMessage = serverMessage == null ? "" : serverMessage;
  }

  /** The trace id of the write; empty when the server gave none. */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /** The URN written. */
  public String urn() {
    return urn;
  }

  /** The aspect written. */
  public String aspectName() {
    return aspectName;
  }

  /**
   * The storage the trace API reports the failure in, {@code primaryStorage} or {@code searchStorage}; empty when no
   * storage reported one (the trace could not be read, say).
   */
  public Optional<String> storage() {
    return Optional.ofNullable(storage);
  }

  /** That storage's write status as the trace API names it, e.g. {@code ERROR}; empty with {@link #storage()}. */
  public Optional<String> writeStatus() {
    return Optional.ofNullable(writeStatus);
  }

  /** The server's error text for the write (its write message and exception messages); empty if none. */
  public String serverMessage() {
    return serverMessage;
  }

  private static String describe(String traceId, String urn, String aspectName, String storage, String writeStatus,
      String serverMessage, String reason) {
    StringBuilder s = new StringBuilder(160).append("asynchronous write of ").append(urn).append(", aspect ")
        .append(aspectName);
    if (traceId != null) {
      s.append(" (trace ").append(traceId).append(')');
    }
    s.append(": ").append(reason);
    if (storage != null) {
      s.append("; ").append(storage).append(": ").append(writeStatus);
    }
    if (serverMessage != null && !serverMessage.isEmpty()) {
      s.append(". The server said: ").append(serverMessage);
    }
    return s.toString();
  }
}
