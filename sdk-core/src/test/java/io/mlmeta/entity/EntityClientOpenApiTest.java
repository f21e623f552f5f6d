package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.Endpoint;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity client over an emitter configured with {@link Endpoint#OPENAPI}, against a fake GMS whose OpenAPI route
 * ignores conditional-write headers as DataHub 1.5.x's does (datahub-project/datahub#19127): conditional writes go
 * to Rest.li, so no update is lost; unconditional emits still use OpenAPI.
 */
class EntityClientOpenApiTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @TempDir
  Path dir;
  private FakeGms gms;
  private DataHubClient client;

  @BeforeEach
  void start() {
    gms = FakeGms.start(dir);
    client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).endpoint(Endpoint.OPENAPI)
        .deadline(Duration.ofSeconds(10)).build());
  }

  @AfterEach
  void stop() {
    client.close();
    gms.close();
  }

  private EntityClientTest.Model fetch() {
    return new EntityClientTest.Model(client.reader().getEntity(URN).orElseThrow());
  }

  private List<RecordedRequest> drain() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (RecordedRequest r = gms.server().takeRequest(0, TimeUnit.MILLISECONDS); r != null;
        r = gms.server().takeRequest(0, TimeUnit.MILLISECONDS)) {
      requests.add(r);
    }
    return requests;
  }

  @Test
  void anUpdateWritesConditionallyOverRestliAndRetriesAConflict() throws Exception {
    client.entities().upsert(new EntityClientTest.Model(List.of(Status.of(false))));
    EntityClientTest.Model stale = fetch();
    client.entities().update(fetch().addOwner(CorpUserUrn.of("other")));
    drain();

    client.entities().update(stale.addOwner(CorpUserUrn.of("mine")));

    assertThat(fetch().owners()).extracting(o -> o.owner().toString())
        .containsExactlyInAnyOrder("urn:li:corpuser:other", "urn:li:corpuser:mine");
    assertThat(gms.conflicts()).as("the stale write was refused with 422 and retried").isEqualTo(1);
    List<RecordedRequest> writes = new ArrayList<>();
    for (RecordedRequest r : drain()) {
      if (r.getMethod().equals("POST")) {
        writes.add(r);
      }
    }
    assertThat(writes).hasSize(2).allSatisfy(r -> {
      assertThat(r.getPath()).isEqualTo("/aspects?action=ingestProposal");
      JsonNode body = Golden.parse(r.getBody().readUtf8());
      assertThat(body.path("async").asText()).isEqualTo("false");
      assertThat(body.path("proposal").path("headers").path("If-Version-Match").asText()).isNotEmpty();
    });
  }

  @Test
  void anUnconditionalEmitStillGoesToOpenApi() throws Exception {
    client.emitter().emit(MetadataChangeProposal.upsert(URN, Status.of(true)));

    assertThat(drain()).extracting(RecordedRequest::getPath).containsExactly("/openapi/v3/entity/mlModel?async=false");
    assertThat(client.reader().getAspect(URN, Status.TYPE)).contains(Status.of(true));
  }
}
