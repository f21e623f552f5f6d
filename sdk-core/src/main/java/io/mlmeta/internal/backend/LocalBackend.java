package io.mlmeta.internal.backend;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.search.Searcher;
import io.mlmeta.urn.Urn;
import java.util.List;

/** The embedded local store. */
public final class LocalBackend implements Backend {
  private final LocalStore store;

  /** A backend over {@code store}. */
  public LocalBackend(LocalStore store) {
    this.store = store;
  }

  /** The store. */
  public LocalStore store() {
    return store;
  }

  @Override
  public Emitter emitter() {
    return store;
  }

  @Override
  public List<EmitResult> emitAtomically(List<MetadataChangeProposal> proposals) {
    return store.emitAtomically(proposals);
  }

  @Override
  public boolean patchCapable() {
    return true;
  }

  @Override
  public MetadataReader reader() {
    return store;
  }

  @Override
  public Searcher searcher() {
    return store;
  }

  /** Deletes every aspect of {@code urn}, timeseries included. */
  @Override
  public void hardDelete(Urn urn) {
    store.getEntity(urn).ifPresent(entity -> entity.aspects().keySet()
        .forEach(aspect -> store.emit(MetadataChangeProposal.delete(urn, aspect))));
  }

  @Override
  public String location() {
    return store.directory().toString();
  }

  @Override
  public void close() {
    store.close();
  }
}
