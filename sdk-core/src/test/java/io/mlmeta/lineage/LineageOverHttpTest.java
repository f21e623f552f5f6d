package io.mlmeta.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.DataProcessInstanceOutput;
import io.mlmeta.aspect.Edge;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk on GMS's wire, against {@link FakeGms}: the requests it sends, paging, and the same answer as the local
 * store. Runs are written with sdk-core's own aspects (inputs, outputs, experiment); models need sdk-mlmodel and
 * are walked in its tests.
 */
class LineageOverHttpTest {
  static final DatasetUrn RAW = DatasetUrn.of("s3", "raw");
  static final ContainerUrn EXPERIMENT = ContainerUrn.of("experiment");

  @TempDir
  Path dir;

  /** 150 runs read {@code raw} (more than a page of 100) and each writes its own features dataset. */
  private static List<MetadataChangeProposal> runs() {
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      DataProcessInstanceUrn run = DataProcessInstanceUrn.of(String.format("run-%03d", i));
      mcps.add(MetadataChangeProposal.upsert(run, DataProcessInstanceInput.builder()
          .inputEdges(List.of(Edge.to(RAW))).build()));
      mcps.add(MetadataChangeProposal.upsert(run, DataProcessInstanceOutput.builder()
          .outputEdges(List.of(Edge.to(DatasetUrn.of("s3", "features-" + i)))).build()));
      mcps.add(MetadataChangeProposal.upsert(run, Container.of(EXPERIMENT)));
    }
    return mcps;
  }

  private static void write(DataHubClient client) {
    for (EmitResult result : client.emitter().emitAll(runs())) {
      result.orThrow();
    }
  }

  @Test
  void aNodeIsOneGetPerDirectionWithTheDirectionsRelationshipNamesPagedByAHundred() throws Exception {
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url())
            .deadline(Duration.ofSeconds(30)).build())) {
      write(client);
      int before = gms.server().getRequestCount();
      for (int i = 0; i < before; i++) {
        gms.server().takeRequest();
      }

      LineageResult result = client.lineage().walk(RAW, LineageQuery.downstream().maxHops(1).build());

      assertThat(result.nodes()).hasSize(150);
      List<String> paths = new ArrayList<>();
      RecordedRequest request;
      while ((request = gms.server().takeRequest(100, TimeUnit.MILLISECONDS)) != null) {
        paths.add(request.getMethod() + " " + request.getPath());
      }
      String base = "GET /relationships?urn=" + RAW.urlEncoded()
          + "&types=List(Consumes,DataProcessInstanceConsumes,DerivedFrom)&direction=INCOMING";
      assertThat(paths).containsExactly(base + "&start=0&count=100", base + "&start=100&count=100");
    }
  }

  @Test
  void gmsAndTheLocalStoreGiveTheSameResultForTheSameWrites() {
    LineageQuery query = LineageQuery.downstream().build();
    LineageQuery upstream = LineageQuery.upstream().build();
    DatasetUrn features = DatasetUrn.of("s3", "features-7");
    LineageResult overHttp;
    LineageResult upstreamOverHttp;
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url())
            .deadline(Duration.ofSeconds(30)).build())) {
      write(client);
      overHttp = client.lineage().walk(RAW, query);
      upstreamOverHttp = client.lineage().walk(features, upstream);
    }
    try (DataHubClient local = DataHubClient.local(dir.resolve("local"))) {
      write(local);
      assertThat(local.lineage().walk(RAW, query)).isEqualTo(overHttp);
      assertThat(local.lineage().walk(features, upstream)).isEqualTo(upstreamOverHttp);
    }
    assertThat(overHttp.nodes()).hasSize(300);
    assertThat(upstreamOverHttp.urns()).containsExactly(DataProcessInstanceUrn.of("run-007"), EXPERIMENT, RAW);
  }
}
