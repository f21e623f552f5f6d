package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: running the examples again leaves the same state. Two runs over one local store, each
 * exported; the exports hold the same aspects with the same values (their system metadata, which says when an
 * aspect was last written, differs).
 */
class ExamplesRerunTest {
  @TempDir Path dir;

  @Test
  void twoRunsOverOneStoreExportTheSameState() throws Exception {
    List<String> first = runAndExport();
    List<String> second = runAndExport();

    assertThat(second).as("aspects exported after the second run").hasSameSizeAs(first);
    assertThat(second).containsExactlyElementsOf(first);
    assertThat(first).anyMatch(line -> line.contains("dataProcessInstanceRunEvent"));
  }

  private List<String> runAndExport() throws Exception {
    Path export = Examples.exportFile(dir);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (DataHubClient client = DataHubClient.local(Examples.storeDirectory(dir));
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      assertThat(RunAllExamples.run(client, export, out)).as(printed.toString(StandardCharsets.UTF_8)).isZero();
    }
    try (InputStream in = Files.newInputStream(export)) {
      return FileFormat.readAll(in).stream().map(ExamplesRerunTest::withoutSystemMetadata).collect(Collectors.toList());
    }
  }

  private static String withoutSystemMetadata(MetadataChangeProposal mcp) {
    return mcp.entityUrn() + " " + mcp.aspectName() + " " + mcp.aspect().map(AspectCodec::toJson).orElse("-");
  }
}
