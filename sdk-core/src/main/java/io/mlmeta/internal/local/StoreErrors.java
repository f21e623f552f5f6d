package io.mlmeta.internal.local;

import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.mcp.MetadataChangeProposal;

/**
 * The store's errors, shaped as the server's: status 422, method {@code LOCAL}, the store directory as the path,
 * and the proposal's URN and aspect.
 */
final class StoreErrors {
  static final String METHOD = "LOCAL";
  private static final int UNPROCESSABLE = 422;

  private final String path;

  StoreErrors(String path) {
    this.path = path;
  }

  /** A failed precondition: a version mismatch or a CREATE of something that exists. */
  DataHubConflictException conflict(MetadataChangeProposal mcp, String message) {
    return new DataHubConflictException(UNPROCESSABLE, message, METHOD, path, mcp.entityUrn().toString(),
        mcp.aspectName(), 1);
  }

  /** A proposal the store cannot apply. */
  DataHubValidationException invalid(MetadataChangeProposal mcp, String message) {
    return new DataHubValidationException(UNPROCESSABLE, message, METHOD, path, mcp.entityUrn().toString(),
        mcp.aspectName(), 1);
  }

  /** The log could not be written. */
  DataHubTransportException io(String reason, Throwable cause) {
    return new DataHubTransportException(METHOD, path, 1, reason, cause);
  }
}
