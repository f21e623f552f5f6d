package io.mlmeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataHubClientTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)");

  @TempDir
  Path dir;

  @Test
  void withoutAServerUrlTheLocalStoreIsUsed() {
    try (DataHubClient client = DataHubClient.fromEnvOrLocal(dir.resolve("store"), Map.of())) {
      client.emitter().emit(MetadataChangeProposal.upsert(URN, Status.of(false)));

      assertThat(client.localStore()).isPresent();
      assertThat(client.location()).isEqualTo(dir.resolve("store").toString());
      assertThat(client.reader().getAspect(URN, Status.TYPE)).contains(Status.of(false));
    }
  }

  @Test
  void withAServerUrlTheServerIsUsedAndTheTokenIsNeverShown() {
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"));
        DataHubClient client = DataHubClient.fromEnvOrLocal(dir.resolve("unused"),
            Map.of("DATAHUB_GMS_URL", gms.url() + "/", "DATAHUB_GMS_TOKEN", "s3cr3t-token"))) {
      client.emitter().emit(MetadataChangeProposal.upsert(URN, Status.of(true)));

      assertThat(client.localStore()).isEmpty();
      assertThat(client.location()).isEqualTo(gms.url());
      assertThat(gms.store().getAspect(URN, Status.TYPE)).contains(Status.of(true));
      assertThat(client.toString()).doesNotContain("s3cr3t");
      assertThat(gms.server().takeRequest().getHeader("Authorization")).isEqualTo("Bearer s3cr3t-token");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aClientWithItsOwnEmitterWritesThroughItAndReadsFromGms() {
    RecordingEmitter writes = new RecordingEmitter();
    try (FakeGms gms = FakeGms.start(dir.resolve("gms"))) {
      gms.store().emit(MetadataChangeProposal.upsert(URN, Status.of(true)));
      try (DataHubClient client = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).build(),
          writes)) {
        client.emitter().emit(MetadataChangeProposal.upsert(URN, Status.of(false)));

        assertThat(client.emitter()).isSameAs(writes);
        assertThat(writes.proposals).extracting(p -> p.aspect().get()).containsExactly(Status.of(false));
        // Reads come from GMS, which the write did not reach.
        assertThat(client.reader().getAspect(URN, Status.TYPE)).contains(Status.of(true));
        assertThat(gms.store().getAspect(URN, Status.TYPE)).contains(Status.of(true));
        assertThat(client.location()).contains("recording", gms.url());
      }
    }
    assertThat(writes.closed).isTrue();
  }

  /** An emitter that keeps what it is given. */
  static final class RecordingEmitter implements Emitter {
    final List<MetadataChangeProposal> proposals = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public EmitResult emit(MetadataChangeProposal proposal) {
      proposals.add(proposal);
      return EmitResult.acknowledged(proposal, 1);
    }

    @Override
    public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
      return CompletableFuture.completedFuture(emit(proposal));
    }

    @Override
    public List<EmitResult> emitAll(Collection<MetadataChangeProposal> all) {
      return all.stream().map(this::emit).collect(Collectors.toList());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      closed = true;
    }

    @Override
    public String toString() {
      return "recording emitter";
    }
  }

  @Test
  void aServerUrlWithoutSchemeIsRefusedNamingIt() {
    assertThatThrownBy(() -> DataHubClient.fromEnvOrLocal(dir, Map.of("DATAHUB_GMS_URL", "localhost:8080")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localhost:8080");
  }
}
