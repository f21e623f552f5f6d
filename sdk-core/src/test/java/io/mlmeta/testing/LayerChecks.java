package io.mlmeta.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The four architecture checks of a module, run on its main classes: every class in one of its {@link Layers}, no
 * import from a higher layer, no package cycle, no internal type in a public signature. A module's test extends it
 * and names its layers.
 */
public abstract class LayerChecks {
  /** The classes of each root, imported once: JUnit makes an instance per test. */
  private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

  private final Layers layers;
  private final Set<String> knownExposures;
  private final JavaClasses classes;

  /**
   * Checks of the classes under {@code root} against {@code layers}; {@code knownExposures} lists the public
   * signatures allowed to show an internal type (as {@link Layers#noInternalTypesInPublicSignatures} names them).
   */
  protected LayerChecks(String root, Layers layers, Set<String> knownExposures) {
    this.layers = layers;
    this.knownExposures = knownExposures;
    this.classes = IMPORTED.computeIfAbsent(root, r -> new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(r));
  }

  @Test
  void everyClassHasALayer() {
    layers.everyClassInOneLayer().check(classes);
  }

  @Test
  void noPackageImportsFromAHigherLayer() {
    layers.noUpwardDependencies().check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    layers.noCycles().check(classes);
  }

  @Test
  void publicSignaturesExposeNoInternalType() {
    layers.noInternalTypesInPublicSignatures(knownExposures).check(classes);
  }
}
