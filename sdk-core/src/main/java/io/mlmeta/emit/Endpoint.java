package io.mlmeta.emit;

/** Which of GMS's write APIs a {@link RestEmitter} uses. */
public enum Endpoint {
  /**
   * Rest.li {@code POST /aspects?action=ingestProposal} (and {@code ingestProposalBatch}): every change type, every
   * server version. The default.
   */
  RESTLI,
  /**
   * OpenAPI v3 {@code POST|PATCH /openapi/v3/entity/{entityType}}: UPSERT and PATCH only; needed for
   * {@link EmitMode#SYNC_WAIT}; servers from DataHub 1.0.1 on.
   */
  OPENAPI
}
