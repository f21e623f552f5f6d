package io.mlmeta.compat;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pin sets the build copied (pom.xml: exactly the listed jars of each, in {@code target/compat/<set>/}), and where
 * the SDK's own classes are: the jars of sdk-core and sdk-mlmodel in a reactor build, their class folders otherwise.
 */
final class PinSets {
  /** Every pin set, oldest first; a set the build did not copy fails the tests that need it. */
  static final List<String> NAMES = List.of("floor", "hadoop-3.3", "spark-3.5", "newest");

  private PinSets() {}

  static Path dir(String set) {
    return Paths.get(System.getProperty("compat.dir", "target/compat")).resolve(set).toAbsolutePath();
  }

  /** The jars of {@code set}, sorted by name; fails if the set is missing or empty. */
  static List<Path> jars(String set) {
    try (Stream<Path> files = Files.list(dir(set))) {
      List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
      if (jars.isEmpty()) {
        throw new IllegalStateException("pin set " + set + " has no jars in " + dir(set));
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException("pin set " + set + " was not copied (mvn verify copies it)", e);
    }
  }

  /** Whether {@code set} has an SLF4J binding (slf4j-simple), so that the SDK's warnings are printed. */
  static boolean hasBinding(String set) {
    return jars(set).stream().anyMatch(p -> p.getFileName().toString().startsWith("slf4j-simple"));
  }

  /** The SDK's classes (sdk-core, sdk-mlmodel): what every child JVM runs, and what the static check reads. */
  static List<Path> sdk() {
    return List.of(location(DataHubClient.class), location(MLModel.class));
  }

  /** The class path of a child JVM: the SDK, the program, the pin set. */
  static String classPath(String set) {
    List<Path> entries = new ArrayList<>(sdk());
    entries.add(location(CompatProgram.class));
    entries.addAll(jars(set));
    return entries.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
  }

  static Path location(Class<?> type) {
    try {
      return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
