package io.mlmeta.bench.cold;

import io.mlmeta.bench.ours.OurMcps;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.mcp.MetadataChangeProposal;

/**
 * Cold start of our SDK in a fresh JVM: build one proposal, create an emitter, emit it, print {@code ACK} once it is
 * acknowledged, close, print {@code CLOSED}. The parent times the lines from the JVM's launch.
 */
public final class ColdOurs {
  private ColdOurs() {}

  /** {@code args[0]}: the server URL. */
  public static void main(String[] args) {
    MetadataChangeProposal mcp = OurMcps.mcp(0);
    RestEmitter emitter = RestEmitter.create(ConnectionConfig.builder().server(args[0]).build());
    emitter.emit(mcp);
    System.out.println("ACK");
    System.out.flush();
    emitter.close();
    System.out.println("CLOSED");
  }
}
