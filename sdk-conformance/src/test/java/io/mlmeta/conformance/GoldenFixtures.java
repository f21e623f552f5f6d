package io.mlmeta.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds every golden aspect fixture on the test class path ({@code golden/aspects/<aspectName>-<variant>.json} in
 * the sdk-core and sdk-mlmodel test jars).
 */
public final class GoldenFixtures {
  /** Where the fixtures are. */
  public static final String DIR = "golden/aspects/";

  private GoldenFixtures() {}

  /** The resource paths of every fixture, sorted. */
  public static TreeSet<String> all() {
    TreeSet<String> found = new TreeSet<>();
    try {
      Enumeration<URL> roots = GoldenFixtures.class.getClassLoader().getResources(DIR);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          try (JarFile jar = connection.getJarFile()) {
            jar.stream().map(e -> e.getName())
                .filter(n -> n.startsWith(DIR) && n.endsWith(".json"))
                .forEach(found::add);
          }
        } else {
          Path dir = Paths.get(root.toURI());
          try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> DIR + f.getFileName()).filter(n -> n.endsWith(".json")).forEach(found::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** The aspect name a fixture is for: the file name up to its first '-'. */
  public static String aspectName(String fixture) {
    String file = fixture.substring(DIR.length());
    int dash = file.indexOf('-');
    return dash < 0 ? file.substring(0, file.length() - ".json".length()) : file.substring(0, dash);
  }
}
