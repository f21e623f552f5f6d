package io.mlmeta.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.Golden;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestReaderTest {
  private static final Urn DEPLOYMENT =
      Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,recommendation-endpoint,PROD)");

  @TempDir
  Path dir;
  private FakeGms gms;
  private RestReader reader;

  @BeforeEach
  void start() {
    gms = FakeGms.start(dir);
    reader = RestReader.create(config(gms.url()), 2);
  }

  @AfterEach
  void stop() {
    reader.close();
    gms.close();
  }

  @Test
  void getAspectReadsTheVersionedAspectShapeAndAbsenceIsEmpty() throws Exception {
    Ownership owners = owners("mlops_team");
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, owners));

    assertThat(reader.getAspect(DEPLOYMENT, Ownership.TYPE)).contains(owners);
    assertThat(reader.getAspect(DEPLOYMENT, GlobalTags.TYPE)).isEmpty();
    RecordedRequest first = gms.server().takeRequest();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getPath()).isEqualTo("/aspects/" + DEPLOYMENT.urlEncoded() + "?aspect=ownership&version=0");
    assertThat(first.getHeader("X-RestLi-Protocol-Version")).isEqualTo("2.0.0");
  }

  @Test
  void getVersionedAspectCarriesTheServersVersion() {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(false)));
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(true)));

    VersionedAspect<Status> status = reader.getVersionedAspect(DEPLOYMENT, Status.TYPE).orElseThrow();

    assertThat(status.aspect()).isEqualTo(Status.of(true));
    assertThat(status.version()).contains("2");
  }

  @Test
  void getEntityKeepsUnknownAspectsRawAndAnAbsentEntityIsEmpty() {
    RawAspect future = RawAspect.of("someFutureAspect", "{\"shiny\":[1,2],\"nested\":{\"é\":true}}");
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, future));
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(false)));

    EntityAspects entity = reader.getEntity(DEPLOYMENT).orElseThrow();

    assertThat(entity.aspects()).containsOnlyKeys("someFutureAspect", "status");
    RawAspect back = (RawAspect) entity.aspects().get("someFutureAspect").aspect();
    assertThat(Golden.parse(back.json())).isEqualTo(Golden.parse(future.json()));
    assertThat(reader.getEntity(Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:x,none,PROD)")))
        .isEmpty();
  }

  @Test
  void existsAsksForTheKeyAspectNotEntities() throws Exception {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(false)));

    assertThat(reader.exists(DEPLOYMENT)).isTrue();
    assertThat(reader.exists(Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:x,none,PROD)"))).isFalse();
    RecordedRequest request = gms.server().takeRequest();
    assertThat(request.getPath()).startsWith("/aspects/").endsWith("?aspect=mlModelDeploymentKey&version=0");
  }

  @Test
  void relationshipsAreFetchedPageByPageAsTheStreamIsConsumed() throws Exception {
    Ownership five = owners("a", "b", "c", "d", "e");
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, five));

    List<Relationship> all = reader.relationships(DEPLOYMENT, Set.of("OwnedBy"), RelationshipDirection.OUTGOING)
        .collect(Collectors.toList());

    assertThat(all).extracting(r -> r.entity().toString()).containsExactlyInAnyOrder(
        "urn:li:corpuser:a", "urn:li:corpuser:b", "urn:li:corpuser:c", "urn:li:corpuser:d", "urn:li:corpuser:e");
    assertThat(all).extracting(Relationship::type).containsOnly("OwnedBy");
    List<String> paths = IntStream.range(0, 3).mapToObj(i -> take()).collect(Collectors.toList());
    assertThat(paths).allMatch(p -> p.startsWith("/relationships?urn=" + DEPLOYMENT.urlEncoded()
        + "&types=List(OwnedBy)&direction=OUTGOING"));
    assertThat(paths).extracting(p -> p.substring(p.indexOf("&start="))).containsExactly(
        "&start=0&count=2", "&start=2&count=2", "&start=4&count=2");
  }

  @Test
  void aStreamStoppedEarlyFetchesNoFurtherPage() {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, owners("a", "b", "c", "d", "e")));
    int before = gms.server().getRequestCount();

    assertThat(reader.relationships(DEPLOYMENT, Set.of("OwnedBy"), RelationshipDirection.OUTGOING).limit(1)
        .count()).isEqualTo(1);

    assertThat(gms.server().getRequestCount() - before).isEqualTo(1);
  }

  @Test
  void incomingEdgesComeFromOtherEntities() {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, owners("mlops_team")));

    assertThat(reader.relationships(CorpUserUrn.of("mlops_team"), Set.of("OwnedBy"), RelationshipDirection.INCOMING)
        .map(Relationship::entity)).containsExactly(DEPLOYMENT);
  }

  @Test
  void serverErrorsCarryTheServersMessageButA404IsNeverAnError() throws Exception {
    try (MockWebServer server = MockServers.noDelay()) {
      server.enqueue(new MockResponse().setResponseCode(500).setBody(MockServers.restliError(500, "boom")));
      server.enqueue(new MockResponse().setResponseCode(404).setBody(MockServers.restliError(404, "nope")));
      try (RestReader r = RestReader.create(config(server.url("/").toString()))) {
        assertThatThrownBy(() -> r.getAspect(DEPLOYMENT, Status.TYPE))
            .isInstanceOf(DataHubServerException.class)
            .hasMessageContaining("HTTP 500").hasMessageContaining("boom").hasMessageContaining("status");
        assertThat(r.getAspect(DEPLOYMENT, Status.TYPE)).isEmpty();
      }
    }
  }

  @Test
  void aTwoHundredWithABodyThatIsNotJsonIsAClearError() throws Exception {
    try (MockWebServer server = MockServers.noDelay()) {
      server.enqueue(new MockResponse().setResponseCode(200).setBody("<html>DataHub</html>"));
      try (RestReader r = RestReader.create(config(server.url("/").toString()))) {
        assertThatThrownBy(() -> r.getEntity(DEPLOYMENT))
            .hasMessageContaining("not JSON").hasMessageContaining("<html>");
      }
    }
  }

  @Test
  void aServerThatIgnoresStartIsRefusedInsteadOfPagedForever() throws Exception {
    String firstPage = Golden.resource("golden/responses/relationships-page.json");
    try (MockWebServer server = MockServers.noDelay()) {
      server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setResponseCode(200).setBody(firstPage);
        }
      });
      try (RestReader r = RestReader.create(config(server.url("/").toString()), 2)) {
        assertThatThrownBy(() -> r.relationships(DEPLOYMENT, Set.of("DeployedTo"), RelationshipDirection.OUTGOING)
            .count())
            .isInstanceOf(DataHubServerException.class)
            .hasMessageContaining("asked for relationships from 2 but the server answered the page from 0");
        assertThat(server.getRequestCount()).isEqualTo(2);
      }
    }
  }

  @Test
  void anEntityHardDeletedByTheEmitterIsGoneForTheReader() {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(false)));
    assertThat(reader.exists(DEPLOYMENT)).isTrue();

    try (RestEmitter emitter = RestEmitter.create(config(gms.url()))) {
      emitter.hardDelete(DEPLOYMENT);
    }

    assertThat(reader.exists(DEPLOYMENT)).isFalse();
  }

  private String take() {
    try {
      return gms.server().takeRequest().getPath();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static ConnectionConfig config(String url) {
    return ConnectionConfig.builder().server(url).deadline(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.none()).build();
  }

  static Ownership owners(String... users) {
    Ownership.Builder b = Ownership.builder();
    for (String u : users) {
      b.addOwner(Owner.of(CorpUserUrn.of(u), OwnershipType.TECHNICAL_OWNER));
    }
    return b.build();
  }

  @Test
  void tagsOnTheWayToo() {
    gms.store().emit(MetadataChangeProposal.upsert(DEPLOYMENT, GlobalTags.of(TagUrn.of("prod"))));
    assertThat(reader.relationships(DEPLOYMENT, Set.of("TaggedWith"), RelationshipDirection.OUTGOING)
        .map(Relationship::entity)).containsExactly(TagUrn.of("prod"));
  }
}
