package io.mlmeta.emit;

import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one proposal: acknowledged by the server (or the local store), or failed with the error that
 * says why. {@link Emitter#emit} only returns acknowledged results (it throws otherwise); {@link Emitter#emitAll}
 * returns one result per proposal, failed ones included.
 */
public final class EmitResult {
  private final MetadataChangeProposal proposal;
  private final int attempts;
  private final DataHubException failure;

  private EmitResult(MetadataChangeProposal proposal, int attempts, DataHubException failure) {
    this.proposal = Objects.requireNonNull(proposal, "proposal");
    this.attempts = attempts;
    this.failure = failure;
  }

  /** An acknowledged proposal, after {@code attempts} requests. */
  public static EmitResult acknowledged(MetadataChangeProposal proposal, int attempts) {
    return new EmitResult(proposal, attempts, null);
  }

  /** A proposal that failed with {@code failure}, after {@code attempts} requests. */
  public static EmitResult failed(MetadataChangeProposal proposal, int attempts, DataHubException failure) {
    return new EmitResult(proposal, attempts, Objects.requireNonNull(failure, "failure"));
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
        + (failure == null ? "acknowledged" : "failed: " + failure.getMessage()) + ", attempts=" + attempts + "]";
  }
}
