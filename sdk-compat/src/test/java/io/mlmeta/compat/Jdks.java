package io.mlmeta.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java runtimes the matrix runs on, found by their {@code release} file: a home given as system property {@code
 * compat.jdk.<feature>}, else any under {@code /usr/lib/jvm} (Debian's and Temurin's packages) or {@code
 * /opt/mlmeta-jdks} (what {@code sdk-compat/install-jdks.sh} unpacks), else the build's own.
 */
final class Jdks {
  /** Every supported Java feature release: 11 (the floor, the release the SDK is compiled for), 17, 21, 25. */
  static final List<Integer> FEATURES = List.of(11, 17, 21, 25);
  private static final List<Path> ROOTS = List.of(Paths.get("/usr/lib/jvm"), Paths.get("/opt/mlmeta-jdks"));

  private Jdks() {}

  static Optional<Path> home(int feature) {
    String given = System.getProperty("compat.jdk." + feature, "");
    if (!given.isEmpty()) {
      return Optional.of(Paths.get(given)).filter(h -> feature(h) == feature);
    }
    List<Path> candidates = new ArrayList<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> homes = Files.list(root)) {
          candidates.addAll(homes.filter(h -> !Files.isSymbolicLink(h)).sorted().collect(Collectors.toList()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    candidates.add(Paths.get(System.getProperty("java.home")));
    return candidates.stream().filter(h -> feature(h) == feature).findFirst();
  }

  /** The path of {@code java} in {@code home}. */
  static Path java(Path home) {
    return home.resolve("bin").resolve("java");
  }

  /** Whether this is a CI run ({@code CI=true}), where a missing runtime fails rather than skips. */
  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** The feature release of the runtime in {@code home}, from its {@code release} file; 0 if it is none. */
  static int feature(Path home) {
    Path release = home.resolve("release");
    if (!Files.isExecutable(java(home)) || !Files.isRegularFile(release)) {
      return 0;
    }
    try {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
