package io.mlmeta.config;

import io.mlmeta.emit.RestEmitter;

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
   *
   * <p>Two kinds of write still go to Rest.li, synchronously ({@code async: "false"}), because these routes cannot
   * keep their promise: conditional writes (proposals with an {@code If-Version-Match}, {@code If-Modified-Since},
   * {@code If-Unmodified-Since} or {@code If-None-Match} header, as {@code entities().update} and
   * {@code modifyAspect} send), which DataHub 1.5.x ignores on the batch route and turns into a CREATE refused with
   * HTTP 400 on the single-aspect route (datahub-project/datahub#19127); and the writes of a whole entity
   * ({@link RestEmitter#emitAtomically}, used by {@code entities().create/upsert/update}), which must be applied in
   * one transaction. Every GMS that serves OpenAPI v3 also serves Rest.li. With {@link EmitMode#SYNC_WAIT} those
   * proposals carry the sync-index header in their MCP headers.
   */
  OPENAPI
}
