package io.mlmeta.internal;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.emit.RestEmitterConfig;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.RestReader;
import io.mlmeta.urn.Urn;
import java.util.List;

/** A GMS server: the REST emitter and reader with one configuration. */
public final class RestBackend implements Backend {
  private final RestEmitter emitter;
  private final RestReader reader;

  /** A backend for the server {@code config} names. */
  public RestBackend(RestEmitterConfig config) {
    this.emitter = RestEmitter.create(config);
    this.reader = RestReader.create(config);
  }

  @Override
  public Emitter emitter() {
    return emitter;
  }

  @Override
  public List<EmitResult> emitAtomically(List<MetadataChangeProposal> proposals) {
    return emitter.emitAtomically(proposals);
  }

  @Override
  public MetadataReader reader() {
    return reader;
  }

  @Override
  public void hardDelete(Urn urn) {
    reader.hardDelete(urn);
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
      reader.close();
    }
  }
}
