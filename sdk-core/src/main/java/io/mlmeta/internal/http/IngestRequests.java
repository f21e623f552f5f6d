package io.mlmeta.internal.http;

import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.List;

/**
 * How proposals become GMS write requests on one endpoint: each proposal's wire bytes, which proposals may share a
 * batch request, and the single and batch requests themselves.
 */
public interface IngestRequests {
  /** Refuses a proposal the endpoint cannot carry (IllegalArgumentException naming why). */
  void check(MetadataChangeProposal mcp);

  /** The proposal's part of a request body, UTF-8 JSON. */
  byte[] encode(MetadataChangeProposal mcp);

  /** Proposals with the same key may go in one batch request. */
  String batchKey(MetadataChangeProposal mcp);

  /** The request for one proposal and its {@link #encode encoded} bytes. */
  HttpCall single(MetadataChangeProposal mcp, byte[] encoded);

  /** The method and path (no body) of a batch request holding {@code first} and others of its batch key. */
  HttpCall batchTarget(MetadataChangeProposal first);

  /** The request for proposals of one batch key and their encoded bytes. */
  HttpCall batch(List<MetadataChangeProposal> mcps, List<byte[]> encoded);

  /** Bytes a batch body adds around its items, and between two items. */
  long batchOverhead();

  /** Bytes between two items of a batch body. */
  default long batchSeparator() {
    return 1;
  }

  /** Looks at a 2xx answer's body; logs what is unexpected. Never fails: a 2xx is an acknowledgement. */
  default void inspectSuccess(HttpCall call, String body) {}
}
