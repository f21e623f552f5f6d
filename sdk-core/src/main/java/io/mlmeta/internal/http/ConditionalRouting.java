package io.mlmeta.internal.http;

import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The requests of an emitter whose endpoint cannot carry conditional writes as promised, with those writes sent
 * over synchronous Rest.li instead. A proposal carrying a conditional-write header ({@code If-Version-Match},
 * {@code If-Modified-Since}, {@code If-Unmodified-Since}, {@code If-None-Match}; wire.md section 8) goes to
 * {@code ingestProposal} / {@code ingestProposalBatch} with {@code async: "false"}; every other proposal goes where
 * {@code plain} sends it.
 *
 * <p>Why: the OpenAPI v3 routes of DataHub 1.5.x ignore the headers on the batch route and turn the write into a
 * {@code CREATE} (HTTP 400) on the single-aspect route (datahub-project/datahub#19127), and GMS checks the
 * conditions only when it writes, so an asynchronous write would be queued and its conflict never reported. Every
 * GMS that serves OpenAPI v3 also serves Rest.li.
 */
public final class ConditionalRouting implements IngestRequests {
  private static final Set<String> CONDITIONS = Set.of("if-version-match", "if-modified-since",
      "if-unmodified-since", "if-none-match");
  private static final String CONDITIONAL_KEY = "conditional ";

  private final IngestRequests plain;
  private final RestliRequests conditional;

  /** Requests sending conditional proposals with {@code conditional} (synchronous), the others with {@code plain}. */
  public ConditionalRouting(IngestRequests plain, RestliRequests conditional) {
    this.plain = plain;
    this.conditional = conditional;
  }

  /** Whether {@code mcp} carries a conditional-write header (names compared ignoring case, as HTTP's are). */
  public static boolean isConditional(MetadataChangeProposal mcp) {
    if (mcp.headers().isEmpty()) {
      return false;
    }
    for (String header : mcp.headers().keySet()) {
      if (CONDITIONS.contains(header.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private IngestRequests of(MetadataChangeProposal mcp) {
    return isConditional(mcp) ? conditional : plain;
  }

  @Override
  public void check(MetadataChangeProposal mcp) {
    of(mcp).check(mcp);
  }

  @Override
  public byte[] encode(MetadataChangeProposal mcp) {
    return of(mcp).encode(mcp);
  }

  @Override
  public String batchKey(MetadataChangeProposal mcp) {
    return isConditional(mcp) ? CONDITIONAL_KEY + conditional.batchKey(mcp) : plain.batchKey(mcp);
  }

  @Override
  public HttpCall single(MetadataChangeProposal mcp, byte[] encoded) {
    return of(mcp).single(mcp, encoded);
  }

  @Override
  public HttpCall batchTarget(MetadataChangeProposal first) {
    return of(first).batchTarget(first);
  }

  @Override
  public HttpCall batch(List<MetadataChangeProposal> mcps, List<byte[]> encoded) {
    return of(mcps.get(0)).batch(mcps, encoded);
  }

  /** The larger of the two, so that a size check or a batch cut holds on either path. */
  @Override
  public long batchOverhead() {
    return Math.max(plain.batchOverhead(), conditional.batchOverhead());
  }

  @Override
  public long batchSeparator() {
    return Math.max(plain.batchSeparator(), conditional.batchSeparator());
  }

  @Override
  public void inspectSuccess(HttpCall call, String body) {
    (call.path().startsWith("/aspects?") ? conditional : plain).inspectSuccess(call, body);
  }
}
