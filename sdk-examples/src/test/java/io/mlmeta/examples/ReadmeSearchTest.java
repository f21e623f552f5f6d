package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.search.SearchQuery;
import io.mlmeta.search.SearchResult;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.TagUrn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's search snippet, as written there, on the data the examples write. */
class ReadmeSearchTest {
  @TempDir Path dir;

  @Test
  void theSnippetPrintsTheTotalAndTheMlflowModelTaggedProduction() {
    List<String> printed;
    try (DataHubClient client = ExamplesData.inLocalStore(dir)) {
      printed = ExamplesData.printedBy(() -> {
        SearchResult models = client.search().search(SearchQuery.builder()
            .addEntityType("mlModel")                        // default: the five ML entity types
            .platform(DataPlatformUrn.of("mlflow"))
            .addTag(TagUrn.of("production"))
            .build());                                       // soft-deleted entities are left out by default
        System.out.println(models.total().orElse(-1) + " found");
        models.urns().forEach(System.out::println);          // later pages are read as the stream is consumed
      });
    }

    assertThat(printed).containsExactly("1 found", CreateModel.MODEL.toString());
  }
}
