package io.mlmeta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rest.li writes (wire.md section 1): {@code POST /aspects?action=ingestProposal} with {@code {"proposal": ...,
 * "async": "true"|"false"}} and {@code ingestProposalBatch} with {@code {"proposals": [...], "async": ...}}.
 */
public final class RestliRequests implements IngestRequests {
  static final String SINGLE_PATH = "/aspects?action=ingestProposal";
  static final String BATCH_PATH = "/aspects?action=ingestProposalBatch";
  private static final Logger LOG = LoggerFactory.getLogger(RestliRequests.class);

  private final boolean async;
  private final boolean syncIndex;

  /** Requests asking the server to queue the write ({@code async}) or not. */
  public RestliRequests(boolean async) {
    this(async, false);
  }

  /**
   * As {@link #RestliRequests(boolean)}; with {@code syncIndex}, every proposal also carries the MCP header
   * {@value OpenApiRequests#SYNC_INDEX_HEADER}{@code : true}, which makes GMS update its search index before it
   * answers (for {@code SYNC_WAIT} writes that an OpenAPI emitter sends here).
   */
  public RestliRequests(boolean async, boolean syncIndex) {
    this.async = async;
    this.syncIndex = syncIndex;
  }

  @Override
  public void check(MetadataChangeProposal mcp) {}

  @Override
  public byte[] encode(MetadataChangeProposal mcp) {
    return ProposalCodec.proposal(syncIndex ? mcp.withHeader(OpenApiRequests.SYNC_INDEX_HEADER, "true") : mcp);
  }

  @Override
  public String batchKey(MetadataChangeProposal mcp) {
    return "";
  }

  @Override
  public HttpCall single(MetadataChangeProposal mcp, byte[] encoded) {
    return HttpCall.ofParts("POST", SINGLE_PATH, ProposalCodec.ingestProposal(encoded, async),
        mcp.entityUrn().toString(), mcp.aspectName());
  }

  @Override
  public HttpCall batchTarget(MetadataChangeProposal first) {
    return new HttpCall("POST", BATCH_PATH, null, null, null);
  }

  @Override
  public HttpCall batch(List<MetadataChangeProposal> mcps, List<byte[]> encoded) {
    return HttpCall.batch(batchTarget(mcps.get(0)), ProposalCodec.ingestProposalBatch(encoded, async), mcps);
  }

  @Override
  public long batchOverhead() {
    return ProposalCodec.batchOverhead(1, async);
  }

  /**
   * Current GMS answers {@code {"value": "success"}}; servers from 2022 answered the URN as a bare string. Either
   * way a 2xx status is the acknowledgement, so anything else is only logged at debug level.
   */
  @Override
  public void inspectSuccess(HttpCall call, String body) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    try {
      JsonNode json = WireJson.MAPPER.readTree(body);
      if (json != null && json.isObject() && json.has("value")) {
        return;
      }
    } catch (IOException notJson) {
      // fall through
    }
    LOG.debug("{}: acknowledged with an unexpected body (an older GMS?): {}", call,
        body.length() > 200 ? body.substring(0, 200) + "..." : body);
  }
}
