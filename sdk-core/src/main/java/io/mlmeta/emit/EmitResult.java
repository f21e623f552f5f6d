package io.mlmeta.emit;

import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one proposal: acknowledged by the server (or the local store), or failed with the error that
 * says why. {@link Emitter#emit} only returns acknowledged results (it throws otherwise); {@link Emitter#emitAll}
 * returns one result per proposal, failed ones included. A {@link RestEmitter}'s results carry the trace id GMS
 * gave the request ({@link #traceId()}).
 */
public final class EmitResult {
  private final MetadataChangeProposal proposal;
  private final int attempts;
  private final DataHubException failure;
  private final String traceId;

  private EmitResult(MetadataChangeProposal proposal, int attempts, DataHubException failure, String traceId) {
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.attempts = attempts;
    this.failure = failure;
    this.traceId = traceId;
  }

  /** An acknowledged proposal, after {@code attempts} requests. */
  public static EmitResult acknowledged(MetadataChangeProposal proposal, int attempts) {
    return new EmitResult(proposal, attempts, null, null);
  }

  /** As {@link #acknowledged(MetadataChangeProposal, int)}, by a request GMS gave {@code traceId} (null: none). */
  static EmitResult acknowledged(MetadataChangeProposal proposal, int attempts, String traceId) {
    return new EmitResult(proposal, attempts, null, traceId);
  }

  /** A proposal that failed with {@code failure}, after {@code attempts} requests. */
  public static EmitResult failed(MetadataChangeProposal proposal, int attempts, DataHubException failure) {
    return new EmitResult(proposal, attempts, Objects.requireNonNull(failure, "failure"), null);
  }

  /** This result with {@code traceId} (null: none). */
  EmitResult withTraceId(String traceId) {
    return new EmitResult(proposal, attempts, failure, traceId);
  }

  /** This result, failed with {@code failure} after all, keeping its attempts and trace id. */
  EmitResult failedWith(DataHubException failure) {
    return new EmitResult(proposal, attempts, Objects.requireNonNull(failure, "failure"), traceId);
  }

  /** The proposal this result is about. */
  public MetadataChangeProposal proposal() {
    return proposal;
  }

  /** Whether the proposal was acknowledged. */
  public boolean isAcknowledged() {
    return failure == null;
  }

  /** How many requests carried the proposal (1 when no retry was needed). */
  public int attempts() {
    return attempts;
  }

  /**
   * The trace id of the request that carried the proposal: the second field of the W3C {@code traceparent} header
   * of GMS's 2xx answer (e.g. {@code 00062c53a468cbd8077e7dd079846870}), in every emit mode and on both endpoints
   * when GMS sends that header; DataHub's trace API ({@code /openapi/v1/trace/write/{traceId}})
   * and {@link io.mlmeta.config.EmitMode#ASYNC_WAIT} use it. Empty when the server sent none, for a request that was
   * not answered with a 2xx, and for results of the local store or a file.
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /** Why the proposal failed; empty when it was acknowledged. */
  public Optional<DataHubException> failure() {
    return Optional.ofNullable(failure);
  }

  /** This result's proposal if acknowledged; otherwise throws its failure. */
  public EmitResult orThrow() {
    if (failure != null) {
      throw failure;
    }
    return this;
  }

  @Override
  public String toString() {
    return "EmitResult[" + proposal.entityUrn() + " " + proposal.aspectName() + ", "
        + (failure == null ? "acknowledged" : "failed: " + failure.getMessage()) + ", attempts=" + attempts
        + (traceId == null ? "" : ", traceId=" + traceId) + "]";
  }
}
