package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.search.SearchResult;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.TagUrn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's search snippet, as written there, on the data the examples write. */
class ReadmeSearchTest {
  @TempDir Path dir;

  @Test
  void theSnippetPrintsTheTotalAndTheMlflowModelTaggedProduction() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      RunAllExamples.run(client, dir.resolve("export.json"), new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      SearchResult models = client.search().search(SearchQuery.builder()
          .addEntityType("mlModel")                        // default: the five ML entity types
          .platform(DataPlatformUrn.of("mlflow"))
          .addTag(TagUrn.of("production"))
          .build());                                       // soft-deleted entities are left out by default
      System.out.println(models.total().orElse(-1) + " found");
      models.urns().forEach(System.out::println);          // later pages are read as the stream is consumed
    } finally {
      System.setOut(original);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly("1 found",
        CreateModel.MODEL.toString());
  }
}
