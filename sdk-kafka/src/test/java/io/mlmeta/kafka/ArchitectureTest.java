package io.mlmeta.kafka;

import io.mlmeta.testing.LayerChecks;
import io.mlmeta.testing.Layers;
import java.util.Set;

/**
 * The layering of sdk-kafka, lowest first, on top of all of sdk-core: the helpers (Avro encoding, the registry
 * client) know nothing of the public emitter package, which uses them.
 */
class ArchitectureTest extends LayerChecks {
  static final Layers LAYERS = Layers.under("io.mlmeta.kafka")
      .layer("sdk-core", c -> !c.getPackageName().startsWith("io.mlmeta.kafka"))
      .layer("helpers", "io.mlmeta.kafka.internal")
      .layer("emitter", "io.mlmeta.kafka");

  ArchitectureTest() {
    super("io.mlmeta.kafka", LAYERS, Set.of());
  }
}
