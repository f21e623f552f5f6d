package io.mlmeta.mlmodel;

import io.mlmeta.testing.LayerChecks;
import io.mlmeta.testing.Layers;
import java.util.Set;

/**
 * The layering of sdk-mlmodel, lowest first, on top of all of sdk-core (whose own order sdk-core's
 * ArchitectureTest checks): a package imports only from its own layer and the ones listed before it, and the
 * packages import each other in no cycle.
 */
class ArchitectureTest extends LayerChecks {
  static final Layers LAYERS = Layers.under("io.mlmeta.mlmodel")
      .layer("sdk-core", c -> !c.getPackageName().startsWith("io.mlmeta.mlmodel"))
      .layer("helpers", "io.mlmeta.mlmodel.internal")
      .layer("urn", "io.mlmeta.mlmodel.urn")
      .layer("aspect", "io.mlmeta.mlmodel.aspect")
      .layer("codec", "io.mlmeta.mlmodel.internal.json")
      .layer("entity", "io.mlmeta.mlmodel")
      .layer("naming", "io.mlmeta.mlmodel.naming")
      .layer("tracking", "io.mlmeta.mlmodel.tracking")
      .layer("entity kinds", "io.mlmeta.mlmodel.internal.kind");

  ArchitectureTest() {
    super("io.mlmeta.mlmodel", LAYERS, Set.of());
  }
}
