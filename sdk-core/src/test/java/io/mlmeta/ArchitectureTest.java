package io.mlmeta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mlmeta.testing.Layers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on sdk-core's classes: lowest first, a package imports only from its own layer
 * and the ones listed before it, and the packages import each other in no cycle.
 */
class ArchitectureTest {
  /** The layers of sdk-core, lowest first. */
  static final Layers LAYERS = Layers.under("io.mlmeta")
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
      .layer("local store", "io.mlmeta.internal.local")
      .layer("local", "io.mlmeta.local")
      .layer("backend", "io.mlmeta.internal.backend")
      .layer("entity", "io.mlmeta.entity")
      .layer("client", "io.mlmeta");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mlmeta");

  @Test
  void everyClassHasALayer() {
    LAYERS.everyClassInOneLayer().check(CLASSES);
  }

  @Test
  void noPackageImportsFromAHigherLayer() {
    LAYERS.noUpwardDependencies().check(CLASSES);
  }

  @Test
  void packagesAreFreeOfCycles() {
    LAYERS.noCycles().check(CLASSES);
  }

  @Test
  void publicSignaturesExposeNoInternalType() {
    // the public API as it is; another change decides on it (EntityClient's constructor takes the internal Backend)
    LAYERS.noInternalTypesInPublicSignatures(Set.of(
        "io.mlmeta.entity.EntityClient.<init>(io.mlmeta.internal.backend.Backend, int, java.time.Duration)"))
        .check(CLASSES);
  }
}
