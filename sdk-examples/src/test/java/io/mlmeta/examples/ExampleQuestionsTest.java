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
 * The questions the examples answer for the data the other examples write, on the local store and on a fake GMS:
 * the four lineage questions of the ML Model docs, and the search example's two (the fake GMS's scroll answer is
 * built independently of the local store's index). The same answers on both.
 */
class ExampleQuestionsTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private void assertAnswers(DataHubClient client) {
    assertThat(RunAllExamples.run(client, dir.resolve("export.json"), out)).as(text()).isEqualTo(0);

    assertThat(InfluencingDatasets.run(client, out)).containsExactly(DemoDatasets.IRIS_INPUT);
    assertThat(AffectedModels.run(client, out)).containsExactly(DemoUpdates.MODEL);
    assertThat(TrainingRunHistory.run(client, out)).containsExactly(DemoUpdates.RUN);
    assertThat(ServingEndpoints.run(client, out)).containsExactly(CreateDeployment.DEPLOYMENT);
    assertThat(SearchModelsAndDeployments.productionModels(client, out)).containsExactly(CreateModel.MODEL);
    assertThat(SearchModelsAndDeployments.inService(client, out)).containsExactly(CreateDeployment.DEPLOYMENT);
  }

  @Test
  void theAnswersOnTheLocalStore() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      assertAnswers(client);
    }
    assertThat(text()).contains("ok    InfluencingDatasets", "ok    ServingEndpoints",
        "1 found: [" + CreateDeployment.DEPLOYMENT + "]", "ok    SearchModelsAndDeployments");
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
  void aLineageExamplePrintsItsQuestionThenTheUrnsOnePerLine() {
    try (DataHubClient client = ExamplesData.inLocalStore(dir)) {
      AffectedModels.run(client, out);
    }
    assertThat(text().lines()).containsExactly(AffectedModels.QUESTION, "  (" + DemoDatasets.IRIS_INPUT + ")",
        DemoUpdates.MODEL.toString());
  }

  @Test
  void theSearchExamplePrintsEachQuestionThenTheUrnsOnePerLine() {
    try (DataHubClient client = ExamplesData.inLocalStore(dir)) {
      SearchModelsAndDeployments.run(client, out);
    }
    assertThat(text().lines()).containsExactly(SearchModelsAndDeployments.PRODUCTION_MODELS,
        CreateModel.MODEL.toString(), SearchModelsAndDeployments.IN_SERVICE, CreateDeployment.DEPLOYMENT.toString());
  }

  private String text() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
