package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.entity.EntityClientTest.Model;
import io.mlmeta.internal.backend.RestBackend;
import io.mlmeta.testing.BackendClients;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start-then-finish shape: an entity written with create or upsert is updated later, and a change another
 * writer made in between is kept. Against the local store and the fake GMS.
 */
class UpdateAfterWriteTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @RegisterExtension
  final BackendClients backends = BackendClients.withHttp(b -> b.deadline(Duration.ofSeconds(20)));

  private static Model read(DataHubClient client) {
    return new Model(client.reader().getEntity(URN).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void anUpsertedEntityIsUpdatable(String backend) {
    DataHubClient client = backends.client(backend);
    Model model = new Model(List.of(Status.of(false)));
    assertThat(model.isSaved()).isFalse();

    client.entities().upsert(model);
    assertThat(model.isSaved()).isTrue();
    assertThat(model.isFetched()).isFalse();
    client.entities().update(model.addOwner(CorpUserUrn.of("jdoe")));
    client.entities().update(model.addTag(TagUrn.of("nightly")));

    Model back = read(client);
    assertThat(back.owners()).extracting(o -> o.owner().toString()).containsExactly("urn:li:corpuser:jdoe");
    assertThat(back.tags()).containsExactly(TagUrn.of("nightly"));
    assertThat(model.changedAspects()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void aCreatedEntityIsUpdatable(String backend) {
    DataHubClient client = backends.client(backend);
    Model model = new Model(List.of(Status.of(false)));

    client.entities().create(model);
    client.entities().update(model.softDelete());

    assertThat(read(client).isRemoved()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void aChangeAnotherWriterMadeBetweenTheWriteAndTheUpdateIsKept(String backend) {
    DataHubClient client = backends.client(backend);
    DataHubClient other = backends.client(backend);
    Model model = new Model(List.of(Status.of(false))).addOwner(CorpUserUrn.of("a"));
    client.entities().upsert(model);

    other.entities().modifyAspect(URN, Ownership.TYPE,
        o -> o.toBuilder().addOwner(Owner.of(CorpUserUrn.of("b"), OwnershipType.TECHNICAL_OWNER)).build());
    other.entities().modifyAspect(URN, GlobalTags.TYPE, t -> GlobalTags.of(TagUrn.of("theirs")));
    client.entities().update(model.addOwner(CorpUserUrn.of("c")));

    Model back = read(client);
    assertThat(back.owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:a", "urn:li:corpuser:b", "urn:li:corpuser:c");
    assertThat(back.tags()).as("an aspect the update did not change").containsExactly(TagUrn.of("theirs"));
    assertThat(model.owners()).as("the entity holds what was written").hasSize(3);
  }

  @Test
  void theUpdateReadsTheVersionAndWritesAgainstIt() throws Exception {
    List<RecordedRequest> requests = new ArrayList<>();
    try (MockWebServer server = MockServers.noDelay()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          requests.add(request);
          if (request.getMethod().equals("GET")) {
            return new MockResponse().setBody("{\"urn\":\"" + URN + "\",\"aspects\":{\"ownership\":{\"value\":"
                + "{\"owners\":[{\"owner\":\"urn:li:corpuser:a\",\"type\":\"TECHNICAL_OWNER\"}],\"lastModified\":"
                + "{\"time\":0,\"actor\":\"urn:li:corpuser:unknown\"}},\"systemMetadata\":{\"version\":\"4\"}}}}");
          }
          return new MockResponse().setBody("{\"value\":\"success\"}");
        }
      });
      try (RestBackend backend = new RestBackend(ConnectionConfig.builder().server(server.url("/").toString())
          .retryPolicy(RetryPolicy.none()).build())) {
        EntityClient entities = new EntityClient(backend, 3, Duration.ofMillis(2));
        Model model = new Model(List.of(Status.of(false))).addOwner(CorpUserUrn.of("a"));
        entities.upsert(model);
        requests.clear();

        entities.update(model.addOwner(CorpUserUrn.of("c")));
      }
      assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
      assertThat(requests.get(0).getPath()).contains("aspects=List(ownership)").contains("systemMetadata=true");
      String body = requests.get(1).getBody().readString(StandardCharsets.UTF_8);
      assertThat(body).contains("\"If-Version-Match\":\"4\"").contains("ownership").doesNotContain("status")
          .contains("urn:li:corpuser:a").contains("urn:li:corpuser:c");
    }
  }
}
