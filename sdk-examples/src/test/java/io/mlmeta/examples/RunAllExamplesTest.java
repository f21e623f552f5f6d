package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner: every example in order, one line each, the export and the lineage; exit code 0 or 1. */
class RunAllExamplesTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void runsEveryExampleTwiceOverTheSameStoreAndExportsIt() throws Exception {
    Path export = Examples.exportFile(dir);

    assertThat(runLocal(export)).as(text()).isEqualTo(0);
    assertThat(runLocal(export)).as(text()).isEqualTo(0);

    assertThat(text().lines().filter(l -> l.startsWith("ok "))).hasSize(2 * RunAllExamples.steps().size());
    assertThat(text()).doesNotContain("FAIL");
    List<MetadataChangeProposal> exported;
    try (InputStream in = Files.newInputStream(export)) {
      exported = FileFormat.readAll(in);
    }
    assertThat(exported).isNotEmpty();
    assertThat(exported).extracting(m -> m.entityUrn().toString()).contains(CreateModel.MODEL.toString(),
        DemoDatasets.IRIS_INPUT.toString(), PromoteAlias.VERSION_2.toString());
  }

  @Test
  void printsTheLineageItReadsBack() {
    runLocal(Examples.exportFile(dir));

    assertThat(text()).contains(
        DemoDatasets.IRIS_INPUT + " -> " + DemoUpdates.RUN,
        DemoUpdates.RUN + " -> " + DemoUpdates.MODEL,
        DemoUpdates.MODEL + " -> " + DemoUpdates.GROUP,
        RecommendationModel.MODEL + " -> " + CreateDeployment.DEPLOYMENT);
  }

  @Test
  void runsAgainstAServerToo() {
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).build())) {
      assertThat(RunAllExamples.run(client, dir.resolve("unused.json"), out)).as(text()).isEqualTo(0);
      assertThat(text()).contains("Writing to DataHub GMS at " + gms.url())
          .contains(RecommendationModel.MODEL + " -> " + CreateDeployment.DEPLOYMENT);
      assertThat(Files.exists(dir.resolve("unused.json"))).isFalse();
    }
  }

  @Test
  void aFailingStepIsReportedTheOthersRunAndTheExitCodeIsOne() {
    RunAllExamples.Step failing = new RunAllExamples.Step("Broken", "none.py", (c, o) -> {
      o.println("before the failure");
      throw new IllegalStateException("boom");
    });
    RunAllExamples.Step fine = new RunAllExamples.Step("Fine", "fine.py", (c, o) -> "done");

    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      assertThat(RunAllExamples.run(client, List.of(failing, fine), dir.resolve("export.json"), out)).isEqualTo(1);
    }

    assertThat(text()).contains("FAIL  Broken", "java.lang.IllegalStateException: boom", "      before the failure",
        "ok    Fine", "1 step(s) failed.");
  }

  @Test
  void theExamplesDirectoryComesFromTheEnvironment() {
    assertThat(Examples.directory(java.util.Map.of("MLMETA_STORE", dir.toString()))).isEqualTo(dir);
    assertThat(Examples.directory(java.util.Map.of())).endsWithRaw(Path.of("mlmeta-store"));
    assertThat(Examples.storeDirectory(dir)).isEqualTo(dir.resolve("store"));
    assertThat(Examples.exportFile(dir)).isEqualTo(dir.resolve("export.json"));
  }

  private int runLocal(Path export) {
    try (DataHubClient client = DataHubClient.local(Examples.storeDirectory(dir))) {
      return RunAllExamples.run(client, export, out);
    }
  }

  private String text() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
