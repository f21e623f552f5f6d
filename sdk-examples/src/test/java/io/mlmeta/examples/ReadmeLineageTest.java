package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.lineage.LineageNode;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.lineage.LineageResult;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's lineage snippet, as written there, on the data the examples write. */
class ReadmeLineageTest {
  @TempDir Path dir;

  @Test
  void theSnippetPrintsTheModelsUpstreamDatasetsWithTheirPaths() {
    List<String> printed;
    try (DataHubClient client = ExamplesData.inLocalStore(dir)) {
      Urn modelUrn = DemoUpdates.MODEL;
      printed = ExamplesData.printedBy(() -> {
        LineageResult datasets = client.lineage().walk(modelUrn,
            LineageQuery.upstream().addReturnType("dataset").build());       // maxHops 3, maxNodes 1,000 by default
        for (LineageNode node : datasets.nodes()) {
          System.out.println(node.urn() + " after " + node.hops() + " hops: " + node.path());
        }
      });
    }

    assertThat(printed).singleElement().asString().startsWith(DemoDatasets.IRIS_INPUT + " after 2 hops: ");
  }
}
