package io.mlmeta.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything the SDK's bytecode references of Jackson, OkHttp, Okio, Kotlin and SLF4J exists in every pin set: the
 * floor as much as the newest. This covers what the representative program does not run.
 */
class LibraryReferencesTest {
  private static JavaClasses sdk;

  @BeforeAll
  static void importSdk() {
    sdk = LibraryReferences.sdkClasses();
  }

  static List<String> sets() {
    return PinSets.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void everyLibraryMemberTheSdkReferencesExistsInThePinSet(String set) throws IOException {
    List<Path> jars = PinSets.jars(set);
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = jars.get(i).toUri().toURL();
    }
    try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThat(LibraryReferences.missing(sdk, loader)).as("what the SDK references and %s lacks", set).isEmpty();
    }
  }

  @Test
  void theCheckSeesTheSdkAndItsLibraries() {
    assertThat(sdk.contain("io.mlmeta.DataHubClient")).isTrue();
    assertThat(sdk.contain("io.mlmeta.mlmodel.MLModel")).isTrue();
    Set<String> libraries = new TreeSet<>();
    for (JavaClass c : sdk) {
      c.getAccessesFromSelf().stream().map(a -> a.getTargetOwner().getName()).filter(LibraryReferences::isLibrary)
          .map(n -> LibraryReferences.LIBRARIES.stream().filter(n::startsWith).findFirst().orElseThrow())
          .forEach(libraries::add);
    }
    assertThat(libraries).contains("com.fasterxml.jackson.", "okhttp3.", "okio.", "org.slf4j.");
  }

  @Test
  void theCheckFindsAMemberTheFloorLacks() throws IOException {
    // Separators.Spacing came with Jackson 2.16: a loader over the floor's jars does not have it.
    try (URLClassLoader loader = new URLClassLoader(new URL[] {PinSets.jars("floor").get(1).toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      assertThat(PinSets.jars("floor").get(1).getFileName().toString()).startsWith("jackson-core-");
      assertThat(LibraryReferences.missing(
          new com.tngtech.archunit.core.importer.ClassFileImporter().importClasses(Probe.class), loader))
          .anySatisfy(m -> assertThat(m).startsWith("class com.fasterxml.jackson.core.util.Separators$Spacing"));
    }
  }

  @Test
  void versionGuardedCodeIsCalledFromJacksonCompatOnly() {
    Set<String> callers = new TreeSet<>();
    for (JavaClass c : sdk) {
      for (JavaAccess<?> a : c.getAccessesFromSelf()) {
        if (a.getTargetOwner().getName().startsWith(LibraryReferences.GUARDED)
            && !c.getName().startsWith("io.mlmeta.internal.JacksonCompat")) {
          callers.add(c.getName());
        }
      }
    }
    assertThat(callers).isEmpty();
  }

  /** References a Jackson 2.16 member, for the check to find. */
  static final class Probe {
    Object spacing() {
      return com.fasterxml.jackson.core.util.Separators.Spacing.AFTER;
    }
  }
}
