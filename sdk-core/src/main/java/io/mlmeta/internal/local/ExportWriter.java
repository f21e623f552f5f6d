package io.mlmeta.internal.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes proposals in DataHub's file-source format, laid out as its file sink does: {@code "[\n"}, the items
 * indented by four spaces ({@link FileFormat#prettyPrinter()}) and joined by {@code ",\n"}, then {@code "\n]"}
 * ({@code "[]"} when empty), non-ASCII characters escaped. The file is written beside the target under a temporary
 * name, forced to disk, and renamed over the target, so a reader never sees half a file.
 */
final class ExportWriter {
  private ExportWriter() {}

  static void write(Path target, List<MetadataChangeProposal> proposals) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = Channels.newOutputStream(channel);
        writeArray(out, proposals);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void writeArray(OutputStream out, List<MetadataChangeProposal> proposals) throws IOException {
    if (proposals.isEmpty()) {
      out.write(bytes("[]"));
      return;
    }
    out.write(bytes("[\n"));
    for (int i = 0; i < proposals.size(); i++) {
      if (i > 0) {
        out.write(bytes(",\n"));
      }
      JsonGenerator g = WireJson.FACTORY.createGenerator(out)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
          .setPrettyPrinter(FileFormat.prettyPrinter());
      FileFormat.writeItem(g, proposals.get(i));
      g.close();
    }
    out.write(bytes("\n]"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
