package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.testing.FakeGms;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search example's two questions, answered for the data the other examples write, on the local store and on
 * a fake GMS (whose scroll answer is built independently of the local store's index): the same URNs on both.
 */
class SearchQuestionsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private void assertAnswers(DataHubClient client) {
    assertThat(RunAllExamples.run(client, dir.resolve("export.json"), out)).as(text()).isEqualTo(0);

    assertThat(SearchModelsAndDeployments.productionModels(client, out)).containsExactly(CreateModel.MODEL);
    assertThat(SearchModelsAndDeployments.inService(client, out)).containsExactly(CreateDeployment.DEPLOYMENT);
  }

  @Test
  void theAnswersOnTheLocalStore() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      assertAnswers(client);
    }
    assertThat(text()).contains("ok    SearchModelsAndDeployments");
  }

  @Test
  void theSameAnswersOnAServer() {
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url())
            .deadline(Duration.ofSeconds(30)).build())) {
      assertAnswers(client);
    }
  }

  @Test
  void eachQuestionIsPrintedThenTheUrnsOnePerLine() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      RunAllExamples.run(client, dir.resolve("export.json"), new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8));
      SearchModelsAndDeployments.run(client, out);
    }
    assertThat(text().lines()).containsExactly(SearchModelsAndDeployments.PRODUCTION_MODELS,
        CreateModel.MODEL.toString(), SearchModelsAndDeployments.IN_SERVICE, CreateDeployment.DEPLOYMENT.toString());
  }

  private String text() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
