package io.mlmeta.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The size of a runtime closure: bytes of its jars (a class directory counted as the jar it would make) and the
 * number of {@code .class} files outside {@code META-INF/}.
 */
final class Closure {
  final long bytes;
  final long classes;
  final int jars;

  private Closure(long bytes, long classes, int jars) {
    this.bytes = bytes;
    this.classes = classes;
    this.jars = jars;
  }

  static Closure of(List<String> entries) throws IOException {
    long bytes = 0;
    long classes = 0;
    for (String entry : entries) {
      Path path = Paths.get(entry);
      if (Files.isDirectory(path)) {
        long[] dir = directory(path);
        bytes += dir[0];
        classes += dir[1];
      } else {
        bytes += Files.size(path);
        try (ZipFile zip = new ZipFile(path.toFile())) {
          classes += zip.stream().filter(e -> e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
              .count();
        }
      }
    }
    return new Closure(bytes, classes, entries.size());
  }

  /** Megabytes of 10^6 bytes. */
  double megabytes() {
    return bytes / 1e6;
  }

  /** Mebibytes of 2^20 bytes. */
  double mebibytes() {
    return bytes / 1048576.0;
  }

  private static long[] directory(Path dir) throws IOException {
    CountingStream counter = new CountingStream();
    long classes = 0;
    try (ZipOutputStream zip = new ZipOutputStream(counter); Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = dir.relativize(f).toString().replace(File.separatorChar, '/');
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
          classes++;
        }
      }
    }
    return new long[] {counter.count, classes};
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
