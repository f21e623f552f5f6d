package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.lineage.LineageNode;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.lineage.LineageResult;
import io.mlmeta.urn.Urn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's lineage snippet, as written there, on the data the examples write. */
class ReadmeLineageTest {
  @TempDir Path dir;

  @Test
  void theSnippetPrintsTheModelsUpstreamDatasetsWithTheirPaths() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      RunAllExamples.run(client, dir.resolve("export.json"), new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8));
      Urn modelUrn = DemoUpdates.MODEL;
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      LineageResult datasets = client.lineage().walk(modelUrn,
          LineageQuery.upstream().addReturnType("dataset").build());       // maxHops 3, maxNodes 1,000 by default
      for (LineageNode node : datasets.nodes()) {
        System.out.println(node.urn() + " after " + node.hops() + " hops: " + node.path());
      }
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).lines())
        .singleElement().asString().startsWith(DemoDatasets.IRIS_INPUT + " after 2 hops: ");
  }
}
