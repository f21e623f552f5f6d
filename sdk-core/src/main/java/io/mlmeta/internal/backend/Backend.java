package io.mlmeta.internal.backend;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.search.Searcher;
import io.mlmeta.urn.Urn;
import java.util.List;

/** What a client talks to: DataHub over HTTP or the local store. */
public interface Backend extends AutoCloseable {
  /** The emitter writes go through. */
  Emitter emitter();

  /**
   * Writes {@code proposals} as one unit, whole or not at all: {@code RestEmitter.emitAtomically} or
   * {@code LocalStore.emitAtomically}.
   *
   * @return one acknowledged result per proposal
   * @throws IllegalArgumentException before anything is written, if a proposal cannot be sent at all
   * @throws io.mlmeta.error.DataHubException if the unit was not written
   */
  List<EmitResult> emitAtomically(List<MetadataChangeProposal> proposals);

  /**
   * Whether the backend applies PATCH proposals: the local store does; a server does when its {@code GET /config}
   * says {@code patchCapable}.
   */
  boolean patchCapable();

  /** The reader reads go through. */
  MetadataReader reader();

  /** The searcher searches go through. */
  Searcher searcher();

  /** Deletes the entity and every aspect of it for good. */
  void hardDelete(Urn urn);

  /** Where the backend is, for messages: a server URL or a directory. */
  String location();

  @Override
  void close();
}
