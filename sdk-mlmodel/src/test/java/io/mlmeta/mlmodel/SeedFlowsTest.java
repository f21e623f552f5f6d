package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.CorpUserUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-modify-write flows of the product seeds, against a GMS that enforces conditional writes. */
class SeedFlowsTest {
  private static final MLModelUrn MODEL = MLModelUrn.of("sagemaker", "recommendation-model");
  private static final MLModelDeploymentUrn ENDPOINT = MLModelDeploymentUrn.of("sagemaker", "recommendation-endpoint");

  @TempDir
  Path dir;
  private FakeGms gms;
  private final List<DataHubClient> clients = new ArrayList<>();

  @BeforeEach
  void start() {
    gms = FakeGms.start(dir);
  }

  @AfterEach
  void stop() {
    clients.forEach(DataHubClient::close);
    gms.close();
  }

  private DataHubClient client() {
    DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url())
        .deadline(Duration.ofSeconds(20)).build());
    clients.add(client);
    return client;
  }

  @Test
  void linkADeploymentToAModelAndQueryItBothWays() {
    DataHubClient client = client();
    client.entities().upsert(MLModel.builder().platform("sagemaker").name("recommendation-model").build());
    client.entities().upsert(MLModelDeployment.builder().platform("sagemaker").name("recommendation-endpoint")
        .build());

    MLModel model = client.entities().get(MODEL, MLModel.class);
    model.addDeployment(ENDPOINT);
    client.entities().update(model);

    assertThat(client.entities().get(MODEL, MLModel.class).deployments()).containsExactly(ENDPOINT);
    assertThat(client.reader().relationships(MODEL, Set.of("DeployedTo"), RelationshipDirection.OUTGOING)
        .map(Relationship::entity)).containsExactly(ENDPOINT);
    assertThat(client.reader().relationships(ENDPOINT, Set.of("DeployedTo"), RelationshipDirection.INCOMING)
        .map(Relationship::entity)).containsExactly(MODEL);
  }

  @Test
  void addAnOwnerToADeploymentOnlyIfNotAlreadyPresent() {
    DataHubClient client = client();
    CorpUserUrn team = CorpUserUrn.of("mlops_team");
    UnaryOperator<Ownership> addTeam = o -> o != null && o.hasOwner(team) ? o
        : (o == null ? Ownership.builder() : o.toBuilder())
            .addOwner(Owner.of(team, OwnershipType.TECHNICAL_OWNER)).build();

    client.entities().modifyAspect(ENDPOINT, Ownership.TYPE, addTeam);
    int writes = gms.ingested();
    client.entities().modifyAspect(ENDPOINT, Ownership.TYPE, addTeam);

    assertThat(client.reader().getAspect(ENDPOINT, Ownership.TYPE).orElseThrow().owners())
        .extracting(Owner::owner).containsExactly(team);
    assertThat(gms.ingested()).as("no write when the owner is there").isEqualTo(writes);
  }

  @Test
  void eightWritersAddingDeploymentsAliasesAndOwnersLoseNothing() throws Exception {
    client().entities().upsert(MLModel.builder().platform("sagemaker").name("recommendation-model")
        .version("1").build());
    int writers = 8;
    int additions = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      DataHubClient client = client();
      int writer = w;
      done.add(pool.submit((Callable<Void>) () -> {
        go.await();
        for (int i = 0; i < additions; i++) {
          MLModel model = client.entities().get(MODEL, MLModel.class);
          String id = "w" + writer + "-" + i;
          switch (i % 3) {
            case 0:
              model.addDeployment(MLModelDeploymentUrn.of("sagemaker", "endpoint-" + id));
              break;
            case 1:
              model.addAlias("alias-" + id);
              break;
            default:
              model.addOwner(CorpUserUrn.of("owner-" + id));
          }
          client.entities().update(model);
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<Void> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    MLModel result = client().entities().get(MODEL, MLModel.class);
    List<String> expectedDeployments = new ArrayList<>();
    List<String> expectedAliases = new ArrayList<>();
    List<String> expectedOwners = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      for (int i = 0; i < additions; i++) {
        String id = "w" + w + "-" + i;
        (i % 3 == 0 ? expectedDeployments : i % 3 == 1 ? expectedAliases : expectedOwners).add(id);
      }
    }
    assertThat(result.deployments().stream().map(d -> d.name().substring("endpoint-".length())))
        .containsExactlyInAnyOrderElementsOf(expectedDeployments);
    assertThat(result.aliases().stream().map(a -> a.substring("alias-".length())))
        .containsExactlyInAnyOrderElementsOf(expectedAliases);
    assertThat(result.owners().stream().map(o -> o.owner().toString().substring("urn:li:corpuser:owner-".length()))
        .collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(expectedOwners);
    assertThat(result.version()).contains("1");
    assertThat(gms.conflicts()).as("the writers did collide").isPositive();
  }
}
