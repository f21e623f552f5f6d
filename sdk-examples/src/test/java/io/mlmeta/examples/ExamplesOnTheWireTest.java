package io.mlmeta.examples;

import static io.mlmeta.examples.LocalStoreTest.QUIET;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.testing.FakeGms;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each example against a fake GMS: the proposals it sends, in order, equal the golden files written by hand from
 * shared/spec/examples.md (see golden/README.md for where the SDK differs on purpose), and no request carries an
 * {@code Authorization} header, since the client has no token. Examples that need an earlier one's entities run
 * after it; only their own proposals are compared.
 */
class ExamplesOnTheWireTest {
  /** The demo's "now", 2025-04-09 22:00 UTC. */
  private static final Instant NOW = Instant.ofEpochMilli(1744236000000L);

  @TempDir Path dir;
  private FakeGms gms;
  private DataHubClient client;

  @BeforeEach
  void start() {
    gms = FakeGms.start(dir);
    client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).build());
  }

  @AfterEach
  void stop() {
    client.close();
    gms.close();
  }

  @Test
  void createModel() {
    CreateModel.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/create-model.json");
  }

  @Test
  void addModelMetadataWritesTheFourChangedAspectsConditionally() {
    CreateModel.run(client, QUIET);
    SentProposals.drain(gms);

    AddModelMetadata.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/add-model-metadata.json");
  }

  @Test
  void updateModelAspects() {
    CreateModel.run(client, QUIET);
    AddModelMetadata.run(client, QUIET);
    SentProposals.drain(gms);

    UpdateModelAspects.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/update-model-aspects.json");
  }

  @Test
  void queryModelOnlyReadsTheRealEntityShape() {
    CreateModel.run(client, QUIET);
    SentProposals.drain(gms);

    QueryModel.run(client, QUIET);

    List<RecordedRequest> requests = SentProposals.assertSent(gms, "golden/query-model.json");
    assertThat(requests).extracting(RecordedRequest::getMethod).containsOnly("GET");
    assertThat(requests).extracting(RecordedRequest::getPath).anyMatch(p -> p.startsWith("/entitiesV2/"));
  }

  @Test
  void createDeploymentAlsoNamesItsPlatform() {
    CreateDeployment.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/create-deployment.json");
  }

  @Test
  void theRunnerCreatesTheRecommendationModelOnceThenTheDeploymentIsAdded() {
    RecommendationModel.ensureExists(client, QUIET);
    SentProposals.assertSent(gms, "golden/recommendation-model-setup.json");
    RecommendationModel.ensureExists(client, QUIET);
    SentProposals.assertSent(gms, "golden/query-model.json");

    AddDeploymentToModel.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/add-deployment-to-model.json");
  }

  @Test
  void addDeploymentOwnerWritesOnceThenNothing() {
    CreateDeployment.run(client, QUIET);
    SentProposals.drain(gms);

    AddDeploymentOwner.run(client, QUIET);
    SentProposals.assertSent(gms, "golden/add-deployment-owner.json");
    AddDeploymentOwner.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/query-model.json");
  }

  @Test
  void aiWorkflowDemoStepsOneToNineteen() {
    AiWorkflowDemo.run(client, QUIET, Clock.fixed(NOW, ZoneOffset.UTC));

    SentProposals.assertSent(gms, "golden/ai-workflow-demo.json");
  }

  @Test
  void promoteAlias() {
    PromoteAlias.run(client, QUIET);

    SentProposals.assertSent(gms, "golden/promote-alias.json");
  }
}
