package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
import io.mlmeta.internal.backend.RestBackend;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure catalogue of entity writes against a (fake) GMS: whatever goes wrong, no part of the entity is
 * written, and the error names the URN and the aspect.
 */
class EntityWholeOrNothingGmsTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  private static final CorpUserUrn ACTOR = CorpUserUrn.of("jdoe");

  @TempDir
  Path dir;
  private FakeGms gms;
  private final List<RestBackend> backends = new ArrayList<>();

  @BeforeEach
  void start() {
    gms = FakeGms.start(dir);
  }

  @AfterEach
  void stop() {
    backends.forEach(RestBackend::close);
    gms.close();
  }

  private EntityClient entities(ConnectionConfig.Builder config, int maxAttempts) {
    RestBackend backend = new RestBackend(config.build());
    backends.add(backend);
    return new EntityClient(backend, maxAttempts, Duration.ofMillis(1));
  }

  private ConnectionConfig.Builder config() {
    return ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
            .build());
  }

  private static EntityClientTest.Model model(Aspect... more) {
    List<Aspect> aspects = new ArrayList<>(List.of(Status.of(false), GlobalTags.of(TagUrn.of("churn"))));
    aspects.addAll(List.of(more));
    return new EntityClientTest.Model(aspects).addOwner(ACTOR);
  }

  private void assertNothingWritten() {
    assertThat(gms.store().exists(URN)).as("any part of the entity written").isFalse();
    assertThat(gms.ingested()).isZero();
  }

  @Test
  void anAspectAboveMaxProposalBytesStopsTheEntityBeforeAnyRequest() {
    EntityClient entities = entities(config().maxProposalBytes(100_000), 1);

    assertThatThrownBy(() -> entities.upsert(model(Deprecation.of("d".repeat(200_000), ACTOR))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(URN + " deprecation")
        .hasMessageContaining("above maxProposalBytes 100000");
    assertNothingWritten();
    assertThat(gms.server().getRequestCount()).isZero();
  }

  @Test
  void aspectsAboveBatchMaxBytesTogetherStopTheEntityBeforeAnyRequest() {
    EntityClient entities = entities(config().batchMaxBytes(3_000), 1);

    assertThatThrownBy(() -> entities.upsert(model(Deprecation.of("d".repeat(2_000), ACTOR),
        RawAspect.of("someAspect", "{\"text\": \"" + "t".repeat(2_000) + "\"}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(URN + " (status, ownership, globalTags, deprecation, someAspect)")
        .hasMessageContaining("above batchMaxBytes 3000");
    assertNothingWritten();
    assertThat(gms.server().getRequestCount()).isZero();
  }

  @Test
  void anAspectThatCannotBeEncodedStopsTheEntityBeforeAnyRequest() {
    EntityClient entities = entities(config(), 1);

    assertThatThrownBy(() -> entities.upsert(model(RawAspect.of("someAspect", "{\"note\": \"caf\u00e9\" !}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("could not encode " + URN + " someAspect");
    assertNothingWritten();
    assertThat(gms.server().getRequestCount()).isZero();
  }

  @Test
  void aServerRefusalWithHttp422LeavesNoneOfTheEntityAndIsNotNarrowedDown() {
    EntityClient entities = entities(config(), 1);

    assertThatThrownBy(() -> entities.upsert(model(RawAspect.of("deprecation", "{\"deprecated\": \"maybe\"}"))))
        .isInstanceOf(DataHubValidationException.class)
        .hasMessageContaining("HTTP 422")
        .hasMessageContaining(URN.toString())
        .hasMessageContaining("deprecation");
    assertNothingWritten();
    assertThat(gms.server().getRequestCount()).as("one batch request, not split").isEqualTo(1);
  }

  @Test
  void aConnectionResetDuringTheBodyIsRetriedAndTheEntityLandsOnce() {
    EntityClient entities = entities(config(), 1);
    gms.disconnectNextRequestDuringBody();

    entities.upsert(model(Deprecation.of("d".repeat(100_000), ACTOR)));

    assertThat(gms.server().getRequestCount()).isEqualTo(2);
    assertThat(gms.ingested()).as("proposals applied, each once").isEqualTo(4);
    assertThat(gms.store().getEntity(URN).orElseThrow().aspects()).containsOnlyKeys("status", "ownership",
        "globalTags", "deprecation");
  }

  @Test
  void aConnectionResetDuringTheBodyWithoutRetriesLeavesNoneOfTheEntity() {
    EntityClient entities = entities(config().retryPolicy(RetryPolicy.none()), 1);
    gms.disconnectNextRequestDuringBody();

    assertThatThrownBy(() -> entities.upsert(model(Deprecation.of("d".repeat(100_000), ACTOR))))
        .isInstanceOf(DataHubTransportException.class)
        .hasMessageContaining(URN.toString())
        .hasMessageContaining("deprecation");
    assertNothingWritten();
  }

  @Test
  void aVersionConflictInUpdateWritesNoneOfTheChangedAspects() {
    EntityClient writer = entities(config(), 1);
    writer.upsert(model());
    RestBackend reader = backends.get(0);
    EntityClientTest.Model stale = new EntityClientTest.Model(reader.reader().getEntity(URN).orElseThrow());
    EntityClientTest.Model other = new EntityClientTest.Model(reader.reader().getEntity(URN).orElseThrow());
    writer.update(other.addOwner(CorpUserUrn.of("other")));

    assertThatThrownBy(() -> writer.update(stale.addTag(TagUrn.of("mine")).addOwner(CorpUserUrn.of("mine"))))
        .isInstanceOf(DataHubConflictException.class)
        .hasMessageContaining(URN.toString())
        .hasMessageContaining("globalTags, ownership");
    assertThat(gms.store().getAspect(URN, GlobalTags.TYPE).orElseThrow().tags())
        .extracting(t -> t.tag().toString()).containsExactly("urn:li:tag:churn");
  }
}
