package io.mlmeta.bench.ours;

import io.mlmeta.bench.child.Sdk;
import io.mlmeta.bench.child.Tally;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.internal.json.ByteParts;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Our SDK driven through its public {@link RestEmitter} with default settings (Rest.li endpoint, SYNC_PRIMARY,
 * Backpressure.BLOCK, asyncBatching), or with {@code asyncBatching(false)}; {@code maxInFlight} may be overridden
 * for tuning.
 */
public final class OurSdk implements Sdk {
  private final RestEmitter emitter;
  private final boolean streamBatch;

  /**
   * An emitter to {@code server}; {@code maxInFlight} 0 keeps the default. With {@code streamBatch} a batch is one
   * {@code emitAll(Stream)} over proposals made as it reads them (the bulk call for proposals made on the fly);
   * without, the proposals are made into a list first, then sent with {@code emitAll(Collection)}.
   */
  public OurSdk(String server, int maxInFlight, boolean asyncBatching, boolean streamBatch) {
    this.streamBatch = streamBatch;
    ConnectionConfig.Builder b = ConnectionConfig.builder().server(server).asyncBatching(asyncBatching);
    if (maxInFlight > 0) {
      b.maxInFlight(maxInFlight);
    }
    this.emitter = RestEmitter.create(b.build());
  }

  @Override
  public void emitSync(int i) {
    emitter.emit(OurMcps.mcp(i));
  }

  @Override
  public void emitAsync(int i, Tally tally) {
    emitter.emitAsync(OurMcps.mcp(i)).whenComplete((r, e) -> {
      if (e == null) {
        tally.ok();
      } else {
        tally.failed(e);
      }
    });
  }

  @Override
  public int emitAll(int from, int to) {
    if (streamBatch) {
      return Math.toIntExact(emitter.emitAll(IntStream.range(from, to).mapToObj(OurMcps::mcp)).acknowledged());
    }
    List<MetadataChangeProposal> proposals = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      proposals.add(OurMcps.mcp(i));
    }
    int ok = 0;
    for (EmitResult r : emitter.emitAll(proposals)) {
      if (r.isAcknowledged()) {
        ok++;
      }
    }
    return ok;
  }

  /**
   * Stamps system metadata (as every emit does), then encodes the proposal and the ingestProposal body, as the
   * parts the emitter writes to the socket one after the other.
   */
  @Override
  public long buildAndSerialize(int i) {
    MetadataChangeProposal stamped = Stamp.stamp(OurMcps.mcp(i), System.currentTimeMillis());
    return ByteParts.length(ProposalCodec.ingestProposal(ProposalCodec.proposal(stamped), false));
  }

  @Override
  public void close() {
    emitter.close();
  }
}
