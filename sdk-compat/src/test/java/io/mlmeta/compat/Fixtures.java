package io.mlmeta.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.stream.Stream;

/** The golden aspect fixtures of sdk-core and sdk-mlmodel (their test jars), copied into one folder for the program. */
final class Fixtures {
  private static final String DIR = "golden/aspects/";

  private Fixtures() {}

  /** Copies every {@code golden/aspects/*.json} on the test class path into {@code target}; returns how many. */
  static int copyTo(Path target) {
    int count = 0;
    try {
      Files.createDirectories(target);
      Enumeration<URL> roots = Fixtures.class.getClassLoader().getResources(DIR);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          String jar = root.toString().substring("jar:".length(), root.toString().indexOf("!/"));
          try (FileSystem fs = FileSystems.newFileSystem(Paths.get(new java.net.URI(jar)), (ClassLoader) null)) {
            count += copy(fs.getPath("/" + DIR), target);
          }
        } else {
          count += copy(Paths.get(root.toURI()), target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return count;
  }

  private static int copy(Path dir, Path target) throws IOException {
    int count = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
        count++;
      }
    }
    return count;
  }
}
