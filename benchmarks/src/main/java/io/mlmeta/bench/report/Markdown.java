package io.mlmeta.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the results as Markdown: a header, tables of {@link Row}s and free sections. */
public final class Markdown {
  private final StringBuilder text = new StringBuilder();

  /** Adds a line (or several). */
  public Markdown line(String line) {
    text.append(line).append('\n');
    return this;
  }

  /** Adds a fenced block. */
  public Markdown block(String content) {
    return line("```").line(content.trim()).line("```");
  }

  /** Adds a table of rows with the standard header. */
  public Markdown table(List<Row> rows) {
    line("| figure | unit | ours | peer | ours/peer | target | verdict |");
    line("|---|---|--:|--:|--:|---|---|");
    for (Row r : rows) {
      line(r.markdown());
    }
    return line("");
  }

  /** The text so far. */
  @Override
  public String toString() {
    return text.toString();
  }

  /** Writes the text to {@code file}, creating its directory. */
  public void write(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A number as the tables print it. */
  public static String fmt(double v) {
    return Row.fmt(v);
  }
}
