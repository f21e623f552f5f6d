package io.mlmeta.internal.backend;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.RestReader;
import io.mlmeta.search.RestSearcher;
import io.mlmeta.search.Searcher;
import io.mlmeta.urn.Urn;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GMS server: the REST emitter and reader made from one configuration object, so they share one transport (one
 * OkHttp client, pool and retry thread; see {@code Transport}), released when both are closed.
 */
public final class RestBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger(RestBackend.class);

  private final RestEmitter emitter;
  private final RestReader reader;
  private final RestSearcher searcher;
  private volatile Boolean patchCapable;

  /** A backend for the server {@code config} names. */
  public RestBackend(ConnectionConfig config) {
    this.emitter = RestEmitter.create(config);
    this.reader = RestReader.create(config);
    this.searcher = RestSearcher.create(config);
  }

  @Override
  public Emitter emitter() {
    return emitter;
  }

  @Override
  public List<EmitResult> emitAtomically(List<MetadataChangeProposal> proposals) {
    return emitter.emitAtomically(proposals);
  }

  /**
   * What the server's {@code GET /config} says, asked the first time and remembered; a server that cannot be asked
   * is taken as not patch-capable this time and asked again next time.
   */
  @Override
  public boolean patchCapable() {
    Boolean known = patchCapable;
    if (known == null) {
      try {
        known = emitter.serverInfo().patchCapable();
        patchCapable = known;
      } catch (DataHubException e) {
        LOG.debug("GET /config failed ({}); writing without PATCH", e.getMessage());
        return false;
      }
    }
    return known;
  }

  @Override
  public MetadataReader reader() {
    return reader;
  }

  @Override
  public Searcher searcher() {
    return searcher;
  }

  @Override
  public void hardDelete(Urn urn) {
    emitter.hardDelete(urn);
  }

  @Override
  public String location() {
    return emitter.config().server();
  }

  @Override
  public void close() {
    try {
      emitter.close();
    } finally {
      try {
        reader.close();
      } finally {
        searcher.close();
      }
    }
  }
}
