package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.Emitter;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.naming.MlflowNames;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alias changes on the latest version of a set keep the server-owned {@code isLatest}: GMS sets it only when a new
 * latest version arrives and refuses a proposal carrying it, so alias-only changes go as a conditional PATCH of
 * {@code /aliases} where the server is patch-capable; elsewhere they are written whole.
 */
class LatestVersionAliasTest {
  private static final MlflowNames MLFLOW = MlflowNames.defaults();
  private static final MLModelUrn V1 = MLFLOW.modelVersion("churn-model", "1");
  private static final MLModelUrn V2 = MLFLOW.modelVersion("churn-model", "2");

  @TempDir
  Path dir;

  private FakeGms gms;
  private DataHubClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    if (gms != null) {
      gms.close();
    }
  }

  @Test
  void movingAnAliasToTheLatestVersionPatchesTheAliasesAndKeepsIsLatest() throws Exception {
    connect(true);
    writeVersions(gms.store());

    ModelVersions.of(client).moveAlias("champion", V2);

    assertThat(stored(V2).isLatest()).contains(true);
    assertThat(stored(V2).aliases()).extracting(a -> a.versionTag().orElseThrow()).containsExactly("staging",
        "champion");
    assertThat(stored(V1).aliases()).isEmpty();
    List<JsonNode> proposals = versionPropertiesProposals();
    assertThat(proposals).hasSize(2).allSatisfy(p -> {
      assertThat(p.path("changeType").asText()).isEqualTo("PATCH");
      assertThat(p.path("aspect").path("contentType").asText()).isEqualTo("application/json-patch+json");
      assertThat(p.path("headers").path("If-Version-Match").asText()).isNotEmpty();
      JsonNode envelope = Golden.parse(p.path("aspect").path("value").asText());
      assertThat(envelope.path("forceGenericPatch").asBoolean()).isTrue();
      assertThat(envelope.path("patch").get(0).path("op").asText()).isEqualTo("add");
      assertThat(envelope.path("patch").get(0).path("path").asText()).isEqualTo("/aliases");
    });
    assertThat(Golden.parse(proposals.get(1).path("aspect").path("value").asText()).path("patch").get(0)
        .path("value").toString()).isEqualTo("[{\"versionTag\":\"staging\",\"note\":\"kept\"},"
            + "{\"versionTag\":\"champion\"}]");
  }

  @Test
  void anAliasAddedWithUpdateKeepsIsLatestAndTheAliasesOtherFields() {
    connect(true);
    writeVersions(gms.store());

    MLModel latest = client.entities().get(V2, MLModel.class);
    assertThat(latest.aspect(VersionProperties.TYPE).orElseThrow().isLatest()).contains(true);
    client.entities().update(latest.addAlias("challenger"));

    VersionProperties after = stored(V2);
    assertThat(after.isLatest()).contains(true);
    assertThat(after.aliases()).extracting(a -> a.versionTag().orElseThrow()).containsExactly("staging",
        "challenger");
    assertThat(after.aliases().get(0).unknownFields().names()).containsExactly("note");
  }

  @Test
  void aConflictingAliasChangeIsReadAgainAndPatchedAgain() {
    connect(true);
    writeVersions(gms.store());
    MLModel mine = client.entities().get(V2, MLModel.class).addAlias("mine");

    MLModel theirs = client.entities().get(V2, MLModel.class).addAlias("theirs");
    client.entities().update(theirs);
    client.entities().update(mine);

    assertThat(gms.conflicts()).isEqualTo(1);
    assertThat(stored(V2).isLatest()).contains(true);
    assertThat(stored(V2).aliases()).extracting(a -> a.versionTag().orElseThrow())
        .containsExactly("staging", "theirs", "mine");
  }

  @Test
  void aChangeBeyondTheAliasesIsWrittenWhole() throws Exception {
    connect(true);
    writeVersions(gms.store());

    client.entities().update(client.entities().get(V2, MLModel.class).setVersion("20").addAlias("challenger"));

    assertThat(versionPropertiesProposals()).extracting(p -> p.path("changeType").asText())
        .containsExactly("UPSERT");
    assertThat(stored(V2).version().versionTag()).contains("20");
  }

  @Test
  void onAServerThatIsNotPatchCapableTheAliasesAreWrittenWholeWithoutIsLatest() throws Exception {
    connect(false);
    writeVersions(gms.store());

    client.entities().update(client.entities().get(V2, MLModel.class).addAlias("challenger"));

    assertThat(versionPropertiesProposals()).extracting(p -> p.path("changeType").asText())
        .containsExactly("UPSERT");
    assertThat(stored(V2).aliases()).extracting(a -> a.versionTag().orElseThrow()).containsExactly("staging",
        "challenger");
    assertThat(stored(V2).isLatest()).as("what GMS leaves after a whole write").isEmpty();
  }

  @Test
  void theLocalStorePatchesTheAliasesToo() {
    client = DataHubClient.local(dir.resolve("store"));
    writeVersions(client.emitter());

    ModelVersions.of(client).moveAlias("champion", V2);

    VersionProperties after = client.reader().getAspect(V2, VersionProperties.TYPE).orElseThrow();
    assertThat(after.isLatest()).contains(true);
    assertThat(after.aliases()).extracting(a -> a.versionTag().orElseThrow()).containsExactly("staging", "champion");
  }

  private void connect(boolean patchCapable) {
    gms = FakeGms.start(dir.resolve("gms")).patchCapable(patchCapable);
    client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
        .build());
  }

  /** v1 holding champion and v2 marked latest, as GMS's version side effect leaves them, written server-side. */
  private void writeVersions(Emitter serverSide) {
    client.entities().upsert(MLFLOW.newModelVersion("churn-model", "1").addAlias("champion").build());
    client.entities().upsert(MLFLOW.newModelVersion("churn-model", "2").build());
    ObjectNode latest = (ObjectNode) Golden.parse(AspectCodec.toJson(stored(V2)));
    latest.put("isLatest", true);
    latest.putArray("aliases").addObject().put("versionTag", "staging").put("note", "kept");
    serverSide.emit(MetadataChangeProposal.upsert(V2, RawAspect.of("versionProperties", latest.toString())));
    drainRequests();
  }

  private VersionProperties stored(MLModelUrn urn) {
    return (gms != null ? gms.store().getAspect(urn, VersionProperties.TYPE)
        : client.reader().getAspect(urn, VersionProperties.TYPE)).orElseThrow();
  }

  /** The versionProperties proposals the server received since the last drain, in order. */
  private List<JsonNode> versionPropertiesProposals() throws InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    for (RecordedRequest request : drainRequests()) {
      if (request.getPath().startsWith("/aspects?action=ingestProposal")) {
        JsonNode body = Golden.parse(request.getBody().readUtf8());
        List<JsonNode> proposals = new ArrayList<>();
        if (body.has("proposal")) {
          proposals.add(body.get("proposal"));
        } else {
          body.get("proposals").forEach(proposals::add);
        }
        proposals.stream().filter(p -> p.path("aspectName").asText().equals("versionProperties")).forEach(out::add);
      }
    }
    return out;
  }

  private List<RecordedRequest> drainRequests() {
    List<RecordedRequest> requests = new ArrayList<>();
    if (gms == null) {
      return requests;
    }
    try {
      for (RecordedRequest r = gms.server().takeRequest(0, TimeUnit.SECONDS); r != null;
          r = gms.server().takeRequest(0, TimeUnit.SECONDS)) {
        requests.add(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return requests;
  }
}
