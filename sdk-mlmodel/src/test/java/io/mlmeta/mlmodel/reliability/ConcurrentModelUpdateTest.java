package io.mlmeta.mlmodel.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Owner;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 threads, one shared {@link DataHubClient}, one {@link MLModel}: each thread reads the model, adds its own
 * deployment, alias, owner and tag, and saves with {@code entities().update}, several times; afterwards the model
 * holds every addition of every thread. Against a fake GMS (conditional writes over HTTP) and the local store.
 */
class ConcurrentModelUpdateTest {
  private static final int THREADS = 16;
  private static final int DEFAULT_ROUNDS = 1;
  private static final int FULL_ROUNDS = 5;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sixteenWritersAgainstAFakeGmsLoseNoAddition() throws Exception {
    againstFakeGms(DEFAULT_ROUNDS);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sixteenWritersAgainstTheLocalStoreLoseNoAddition() throws Exception {
    againstLocalStore(DEFAULT_ROUNDS);
  }

  @Test
  @Tag("full")
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void sixteenWritersFiveRoundsAgainstAFakeGmsLoseNoAddition() throws Exception {
    againstFakeGms(FULL_ROUNDS);
  }

  @Test
  @Tag("full")
  @Timeout(value = 600, unit = TimeUnit.SECONDS)
  void sixteenWritersFiveRoundsAgainstTheLocalStoreLoseNoAddition() throws Exception {
    againstLocalStore(FULL_ROUNDS);
  }

  private void againstFakeGms(int rounds) throws Exception {
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url())
            .deadline(Duration.ofSeconds(30)).build())) {
      writeConcurrently(client, rounds);
      System.out.printf("RELIABILITY concurrent updates (fake GMS): %d threads x %d rounds, %d version conflicts "
          + "retried, 0 additions lost%n", THREADS, rounds, gms.conflicts());
    }
  }

  /** One shared client: a local store directory is open in one instance at a time. */
  private void againstLocalStore(int rounds) throws Exception {
    try (DataHubClient client = DataHubClient.local(dir.resolve("store"))) {
      writeConcurrently(client, rounds);
    }
  }

  /** Runs the writers (every update must succeed) and checks that the model holds every addition. */
  private static void writeConcurrently(DataHubClient client, int rounds) throws Exception {
    MLModel model = MLModel.builder().platform("mlflow").name("shared-model").version("1").build();
    client.entities().upsert(model);
    Urn urn = model.urn();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(pool.submit(() -> {
        start.await();
        for (int r = 0; r < rounds; r++) {
          MLModel read = client.entities().get(urn, MLModel.class);
          read.addDeployment(deployment(thread, r))
              .addAlias(alias(thread, r))
              .addOwner(owner(thread, r))
              .addTag(tag(thread, r));
          client.entities().update(read);
        }
        return null;
      }));
    }
    pool.shutdown();
    for (Future<?> writer : writers) {
      writer.get(100, TimeUnit.SECONDS);
    }
    MLModel result = client.entities().get(urn, MLModel.class);
    List<MLModelDeploymentUrn> deployments = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    List<Urn> owners = new ArrayList<>();
    List<TagUrn> tags = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      for (int r = 0; r < rounds; r++) {
        deployments.add(deployment(t, r));
        aliases.add(alias(t, r));
        owners.add(owner(t, r));
        tags.add(tag(t, r));
      }
    }
    assertThat(result.deployments()).containsExactlyInAnyOrderElementsOf(deployments);
    assertThat(result.aliases()).containsExactlyInAnyOrderElementsOf(aliases);
    assertThat(result.owners().stream().map(Owner::owner).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(owners);
    assertThat(result.tags()).containsExactlyInAnyOrderElementsOf(tags);
    assertThat(result.version()).contains("1");
  }

  private static MLModelDeploymentUrn deployment(int thread, int round) {
    return MLModelDeploymentUrn.of("sagemaker", "endpoint-" + thread + "-" + round);
  }

  private static String alias(int thread, int round) {
    return "alias-" + thread + "-" + round;
  }

  private static CorpUserUrn owner(int thread, int round) {
    return CorpUserUrn.of("user" + thread + "r" + round);
  }

  private static TagUrn tag(int thread, int round) {
    return TagUrn.of("tag-" + thread + "-" + round);
  }
}
