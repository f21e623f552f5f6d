package io.mlmeta.bench.cold;

import datahub.client.MetadataWriteResponse;
import datahub.client.rest.RestEmitter;
import datahub.event.MetadataChangeProposalWrapper;
import io.mlmeta.bench.peer.PeerMcps;

/**
 * Cold start of the peer in a fresh JVM: build one proposal, create an emitter, emit it and wait, print {@code ACK}
 * once acknowledged, close, print {@code CLOSED}. The parent times the lines from the JVM's launch.
 */
public final class ColdPeer {
  private ColdPeer() {}

  /** {@code args[0]}: the server URL. */
  public static void main(String[] args) throws Exception {
    MetadataChangeProposalWrapper<?> mcpw = PeerMcps.mcpw(0);
    RestEmitter emitter = RestEmitter.create(b -> b.server(args[0]));
    MetadataWriteResponse response = emitter.emit(mcpw, null).get();
    if (!response.isSuccess()) {
      throw new IllegalStateException("not acknowledged: " + response.getResponseContent());
    }
    System.out.println("ACK");
    System.out.flush();
    emitter.close();
    System.out.println("CLOSED");
    System.exit(0);
  }
}
