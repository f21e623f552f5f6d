package io.mlmeta.internal.backend;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.search.Searcher;
import io.mlmeta.urn.Urn;
import java.util.List;

/**
 * Writes through a given emitter (a Kafka emitter, say); reads, searches, hard deletes and the PATCH capability
 * come from GMS. Proposals that must land together are sent with the emitter's {@code emitAll}: in order, but not
 * whole or nothing (the emitter has no unit of several proposals), so a failure is reported after the others were
 * sent.
 */
public final class EmitterBackend implements Backend {
  private final Emitter writes;
  private final RestBackend gms;

  /** Writes through {@code writes}, reads from the GMS {@code reads} names; closing closes both. */
  public EmitterBackend(ConnectionConfig reads, Emitter writes) {
    this.gms = new RestBackend(reads);
    this.writes = writes;
  }

  @Override
  public Emitter emitter() {
    return writes;
  }

  @Override
  public List<EmitResult> emitAtomically(List<MetadataChangeProposal> proposals) {
    List<EmitResult> results = writes.emitAll(proposals);
    for (EmitResult result : results) {
      result.orThrow();
    }
    return results;
  }

  @Override
  public boolean patchCapable() {
    return gms.patchCapable();
  }

  @Override
  public MetadataReader reader() {
    return gms.reader();
  }

  @Override
  public Searcher searcher() {
    return gms.searcher();
  }

  @Override
  public void hardDelete(Urn urn) {
    gms.hardDelete(urn);
  }

  @Override
  public String location() {
    return writes + " (reads from " + gms.location() + ")";
  }

  @Override
  public void close() {
    try {
      writes.close();
    } finally {
      gms.close();
    }
  }
}
