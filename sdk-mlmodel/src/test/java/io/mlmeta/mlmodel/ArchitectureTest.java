package io.mlmeta.mlmodel;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mlmeta.testing.Layers;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layering of sdk-mlmodel, lowest first, on top of all of sdk-core (whose own order sdk-core's
 * ArchitectureTest checks): a package imports only from its own layer and the ones listed before it, and the
 * packages import each other in no cycle.
 */
class ArchitectureTest {
  static final Layers LAYERS = Layers.under("io.mlmeta.mlmodel")
      .layer("sdk-core", c -> !c.getPackageName().startsWith("io.mlmeta.mlmodel"))
      .layer("helpers", "io.mlmeta.mlmodel.internal")
      .layer("urn", "io.mlmeta.mlmodel.urn")
      .layer("aspect", "io.mlmeta.mlmodel.aspect")
      .layer("codec", "io.mlmeta.mlmodel.internal.json")
      .layer("entity", "io.mlmeta.mlmodel")
      .layer("naming", "io.mlmeta.mlmodel.naming");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.mlmeta.mlmodel");

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
    LAYERS.noInternalTypesInPublicSignatures(Set.of()).check(CLASSES);
  }
}
