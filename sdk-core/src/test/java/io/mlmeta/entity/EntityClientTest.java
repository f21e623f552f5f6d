package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.internal.backend.RestBackend;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.testing.BackendClients;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entity client against a fake GMS over HTTP and against the local store: the same behaviour from both. */
class EntityClientTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @RegisterExtension
  final BackendClients backends = BackendClients.withHttp(b -> b.maxInFlight(64).deadline(Duration.ofSeconds(20)));

  /** A test entity with owners and tags. */
  static final class Model extends Entity<Model> implements HasOwners<Model>, HasTags<Model>, HasLifecycle<Model> {
    Model(List<io.mlmeta.aspect.Aspect> aspects) {
      super(URN, aspects);
    }

    Model(EntityAspects read) {
      super(read);
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of(Status.TYPE, Ownership.TYPE, GlobalTags.TYPE);
    }
  }

  private static Model fetch(DataHubClient client) {
    return new Model(client.reader().getEntity(URN).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void updateSendsOnlyTheChangedAspects(String backend) {
    DataHubClient client = backends.client(backend);
    client.entities().upsert(new Model(List.of(Status.of(false), GlobalTags.of(TagUrn.of("a")))));
    Model model = fetch(client);
    int before = backends.gms().map(FakeGms::ingested).orElse(0);

    client.entities().update(model.addOwner(CorpUserUrn.of("jdoe")));

    Model back = fetch(client);
    assertThat(back.owners()).extracting(o -> o.owner().toString()).containsExactly("urn:li:corpuser:jdoe");
    assertThat(back.tags()).containsExactly(TagUrn.of("a"));
    assertThat(model.changedAspects()).isEmpty();
    if (backends.gms().isPresent()) {
      assertThat(backends.gms().get().ingested() - before).as("proposals sent by update").isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void concurrentWritersLoseNothing(String backend) throws Exception {
    DataHubClient seed = backends.client(backend);
    seed.entities().upsert(new Model(List.of(Status.of(false))));
    int writers = 8;
    int additions = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      DataHubClient client = backends.client(backend);
      int writer = w;
      done.add(pool.submit((Callable<Void>) () -> {
        go.await();
        for (int i = 0; i < additions; i++) {
          Model model = fetch(client);
          model.addOwner(CorpUserUrn.of("w" + writer + "-" + i)).addTag(TagUrn.of("t" + writer + "-" + i));
          client.entities().update(model);
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    Model result = fetch(seed);
    assertThat(result.owners()).hasSize(writers * additions);
    assertThat(result.tags()).hasSize(writers * additions);
    if (backends.gms().isPresent()) {
      assertThat(backends.gms().get().conflicts()).as("the writers did collide").isPositive();
    }
  }

  @Test
  void conflictsPastTheBoundRaiseNamingUrnAndAspect() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    try (MockWebServer server = MockServers.noDelay()) {
      server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          if (request.getMethod().equals("POST")) {
            posts.incrementAndGet();
            return new MockResponse().setResponseCode(422)
                .setBody(MockServers.restliError(422, "Expected version 1, actual version 2"));
          }
          return new MockResponse().setResponseCode(200).setBody("{\"urn\":\"" + URN + "\",\"aspects\":{"
              + "\"status\":{\"value\":{\"removed\":false},\"systemMetadata\":{\"version\":\"2\"}}}}");
        }
      });
      try (RestBackend backend = new RestBackend(ConnectionConfig.builder().server(server.url("/").toString())
          .retryPolicy(RetryPolicy.none()).build())) {
        EntityClient entities = new EntityClient(backend, 5, Duration.ofMillis(2));
        Model model = new Model(backend.reader().getEntity(URN).orElseThrow());

        assertThatThrownBy(() -> entities.update(model.softDelete()))
            .isInstanceOf(DataHubConflictException.class)
            .hasMessageContaining(URN.toString())
            .hasMessageContaining("status")
            .hasMessageContaining("gave up after 5");
        assertThat(posts.get()).isEqualTo(5);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void createFailsWhenTheEntityExistsAndOnlyOneOfTwoRacingCreatorsWins(String backend) throws Exception {
    DataHubClient a = backends.client(backend);
    DataHubClient b = backends.client(backend);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch go = new CountDownLatch(1);
    Callable<Boolean> createA = () -> {
      go.await();
      return tryCreate(a, "a");
    };
    Callable<Boolean> createB = () -> {
      go.await();
      return tryCreate(b, "b");
    };
    Future<Boolean> fa = pool.submit(createA);
    Future<Boolean> fb = pool.submit(createB);
    go.countDown();
    boolean wonA = fa.get(20, TimeUnit.SECONDS);
    boolean wonB = fb.get(20, TimeUnit.SECONDS);
    pool.shutdown();

    assertThat(wonA ^ wonB).as("exactly one creator wins (a=%s, b=%s)", wonA, wonB).isTrue();
    assertThat(fetch(a).owners()).hasSize(1);
    assertThatThrownBy(() -> a.entities().create(new Model(List.of(Status.of(false)))))
        .isInstanceOf(EntityAlreadyExistsException.class)
        .hasMessageContaining(URN.toString());
  }

  private static boolean tryCreate(DataHubClient client, String owner) {
    try {
      client.entities().create(new Model(List.of(Status.of(false))).addOwner(CorpUserUrn.of(owner)));
      return true;
    } catch (EntityAlreadyExistsException e) {
      return false;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void addAnOwnerOnlyIfAbsentWithModifyAspect(String backend) {
    DataHubClient client = backends.client(backend);
    CorpUserUrn team = CorpUserUrn.of("mlops_team");
    java.util.function.UnaryOperator<Ownership> addTeam = o -> o != null && o.hasOwner(team) ? o
        : (o == null ? Ownership.builder() : o.toBuilder()).addOwner(Owner.of(team, OwnershipType.TECHNICAL_OWNER))
            .build();

    client.entities().modifyAspect(URN, Ownership.TYPE, addTeam);
    client.entities().modifyAspect(URN, Ownership.TYPE, addTeam);

    assertThat(client.reader().getAspect(URN, Ownership.TYPE).orElseThrow().owners()).hasSize(1);
    assertThat(client.reader().getVersionedAspect(URN, Ownership.TYPE).orElseThrow().version()).contains("1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void softDeleteKeepsMetadataAndHardDeleteRemovesIt(String backend) {
    DataHubClient client = backends.client(backend);
    client.entities().upsert(new Model(List.of(Status.of(false))).addTag(TagUrn.of("x")));

    client.entities().softDelete(URN);
    assertThat(fetch(client).isRemoved()).isTrue();
    assertThat(fetch(client).tags()).containsExactly(TagUrn.of("x"));

    client.entities().hardDelete(URN);
    assertThat(client.reader().exists(URN)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void unknownAspectsSurviveAReadModifyWriteUnchanged(String backend) {
    DataHubClient client = backends.client(backend);
    RawAspect future = RawAspect.of("someFutureAspect", "{\"x\":[1,{\"y\":\"ü\"}]}");
    client.emitter().emit(MetadataChangeProposal.upsert(URN, future));
    Model model = fetch(client);

    client.entities().update(model.addTag(TagUrn.of("t")));
    client.entities().upsert(fetch(client));

    RawAspect back = (RawAspect) client.reader().getEntity(URN).orElseThrow().aspects().get("someFutureAspect")
        .aspect();
    assertThat(io.mlmeta.testing.Golden.parse(back.json())).isEqualTo(io.mlmeta.testing.Golden.parse(future.json()));
  }

  @Test
  void updateRefusesAnEntityBuiltInMemory() {
    DataHubClient client = backends.client("local");

    assertThatThrownBy(() -> client.entities().update(new Model(List.of(Status.of(false)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use create() or upsert()");
  }

  @Test
  void getOfAnAbsentOrUnsupportedEntityIsClear() {
    DataHubClient client = backends.client("local");

    assertThatThrownBy(() -> client.entities().get(URN))
        .isInstanceOf(EntityNotFoundException.class).hasMessageContaining(URN.toString());
    Urn dataset = Urn.parse("urn:li:dataset:(urn:li:dataPlatform:s3,x,PROD)");
    client.emitter().emit(MetadataChangeProposal.upsert(dataset, Status.of(false)));
    assertThatThrownBy(() -> client.entities().get(dataset))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no entity class for dataset");
  }
}
