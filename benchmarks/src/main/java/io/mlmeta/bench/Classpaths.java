package io.mlmeta.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the harness's own classpath into what each child JVM gets: the harness classes and SLF4J (API and the no-op
 * binding) for both, plus the peer's jar for peer runs, or our two modules and their dependencies for ours. Also
 * names each SDK's runtime closure (ours: sdk-core, sdk-mlmodel and their runtime dependencies; peer: its jar and
 * SLF4J API, which it needs but does not declare).
 */
final class Classpaths {
  final List<String> common = new ArrayList<>();
  final List<String> ours = new ArrayList<>();
  final List<String> peer = new ArrayList<>();
  final List<String> slf4jApi = new ArrayList<>();

  static Classpaths ofThisJvm() {
    Classpaths c = new Classpaths();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      String path = entry.replace('\\', '/');
      if (name.startsWith("datahub-client-java8")) {
        c.peer.add(entry);
      } else if (name.startsWith("slf4j-api")) {
        c.slf4jApi.add(entry);
        c.common.add(entry);
      } else if (name.startsWith("slf4j-nop") || path.contains("/benchmarks/target/")) {
        c.common.add(entry);
      } else {
        c.ours.add(entry);
      }
    }
    if (c.peer.isEmpty() || c.ours.stream().noneMatch(e -> e.replace('\\', '/').contains("sdk-core"))) {
      throw new IllegalStateException("run the harness with the benchmarks module's runtime classpath; got "
          + Arrays.toString(System.getProperty("java.class.path").split(File.pathSeparator)));
    }
    return c;
  }

  /** The classpath of a child JVM for {@code sdk} ("ours", "ours-unbatched" or "peer"). */
  String childClasspath(String sdk) {
    List<String> cp = new ArrayList<>(common);
    cp.addAll(sdk.startsWith("ours") ? ours : peer);
    return String.join(File.pathSeparator, cp);
  }

  /** The runtime closure of {@code sdk}. */
  List<String> closure(String sdk) {
    List<String> cp = new ArrayList<>(sdk.equals("ours") ? ours : peer);
    cp.addAll(slf4jApi);
    return cp;
  }
}
