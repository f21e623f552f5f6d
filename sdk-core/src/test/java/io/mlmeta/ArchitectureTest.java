package io.mlmeta;

import io.mlmeta.testing.LayerChecks;
import io.mlmeta.testing.Layers;
import java.util.Set;

/**
 * The layering of DESIGN.md, checked on sdk-core's classes: lowest first, a package imports only from its own layer
 * and the ones listed before it, and the packages import each other in no cycle.
 */
class ArchitectureTest extends LayerChecks {
  /** The layers of sdk-core, lowest first. */
  static final Layers LAYERS = Layers.under("io.mlmeta")
      // sdk-codegen's encodings, build-time only: SdkStyle's annotations name them, no code calls them.
      .layer("builder templates", "io.mlmeta.internal.codegen")
      .layer("helpers", "io.mlmeta.internal", "io.mlmeta.internal.urn")
      .layer("errors", "io.mlmeta.error")
      .layer("urn", "io.mlmeta.urn")
      .layer("aspect", "io.mlmeta.aspect")
      .layer("mcp", "io.mlmeta.mcp")
      .layer("codec", "io.mlmeta.internal.json")
      .layer("config", "io.mlmeta.config")
      .layer("http", "io.mlmeta.internal.http")
      .layer("emit", "io.mlmeta.emit")
      .layer("read", "io.mlmeta.read")
      .layer("search", "io.mlmeta.search")
      .layer("local store", "io.mlmeta.internal.local")
      .layer("local", "io.mlmeta.local")
      .layer("backend", "io.mlmeta.internal.backend")
      .layer("lineage walk", "io.mlmeta.internal.lineage")
      .layer("lineage", "io.mlmeta.lineage")
      .layer("entity", "io.mlmeta.entity")
      .layer("client", "io.mlmeta");

  ArchitectureTest() {
    super("io.mlmeta", LAYERS, Set.of());
  }
}
