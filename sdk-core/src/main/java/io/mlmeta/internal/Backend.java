package io.mlmeta.internal;

import io.mlmeta.emit.Emitter;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.urn.Urn;

/** What a client talks to: DataHub over HTTP or the local store. */
public interface Backend extends AutoCloseable {
  /** The emitter writes go through. */
  Emitter emitter();

  /** The reader reads go through. */
  MetadataReader reader();

  /** Deletes the entity and every aspect of it for good. */
  void hardDelete(Urn urn);

  /** Where the backend is, for messages: a server URL or a directory. */
  String location();

  @Override
  void close();
}
