package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.BOB;
import static io.mlmeta.local.Fixtures.DATASET;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitSummary;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LocalStoreReadWriteTest extends WithOpenStore {

  @Test
  void typedAspectsReadBackEqual() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE, BOB)));

    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(true));
    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(ALICE, BOB));
  }

  @Test
  void rawAspectReadsBackWithItsJson() {
    RawAspect raw = RawAspect.of("myCustomAspect", "{\"a\":1,\"nested\":{\"b\":[true,\"\u00e5\"]}}");

    store.emit(MetadataChangeProposal.upsert(DATASET, raw));

    assertThat(store.getAspect(DATASET, raw.aspectType())).contains(raw);
  }

  @Test
  void absentAspectAndEntityAreEmpty() {
    assertThat(store.getAspect(MODEL, Status.TYPE)).isEmpty();
    assertThat(store.getEntity(MODEL)).isEmpty();
    assertThat(store.exists(MODEL)).isFalse();
  }

  @Test
  void versionsStartAtOneAndGoUpWithEveryWrite() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).flatMap(VersionedAspect::version)).contains("1");

    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));

    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).flatMap(VersionedAspect::version)).contains("3");
  }

  @Test
  void systemMetadataIsKeptAndStampedWhenUnobserved() {
    SystemMetadata given = SystemMetadata.builder().runId("run-7").putProperty("clientId", "test").build();

    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)).withSystemMetadata(given));

    SystemMetadata read = store.getVersionedAspect(MODEL, Status.TYPE).orElseThrow().systemMetadata()
        .orElseThrow();
    assertThat(read.runId()).isEqualTo("run-7");
    assertThat(read.properties()).containsEntry("clientId", "test");
    assertThat(read.lastObserved()).isPositive();
  }

  @Test
  void entityHoldsEveryAspectTypedOrRaw() {
    RawAspect raw = RawAspect.of("unknownAspect", "{\"x\":\"y\"}");
    store.emitAll(List.of(MetadataChangeProposal.upsert(MODEL, Status.of(false)),
        MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)), MetadataChangeProposal.upsert(MODEL, raw)));

    EntityAspects entity = store.getEntity(MODEL).orElseThrow();

    assertThat(entity.aspects()).containsOnlyKeys("status", "ownership", "unknownAspect");
    assertThat(entity.aspect(Ownership.TYPE)).contains(ownedBy(ALICE));
    assertThat(entity.aspects().get("unknownAspect").aspect()).isEqualTo(raw);
    assertThat(store.exists(MODEL)).isTrue();
  }

  @Test
  void aStreamOfProposalsIsWrittenAsOneBatchAndClosed() {
    AtomicBoolean closed = new AtomicBoolean();
    EmitSummary summary = store.emitAll(Stream.of(
        MetadataChangeProposal.upsert(MODEL, Status.of(true)), MetadataChangeProposal.upsert(MODEL, ownedBy(BOB)))
        .onClose(() -> closed.set(true)));

    assertThat(summary.total()).isEqualTo(2);
    assertThat(summary.acknowledged()).isEqualTo(2);
    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(true));
    assertThat(store.getAspect(MODEL, Ownership.TYPE)).contains(ownedBy(BOB));
    assertThat(closed).isTrue();
  }

  @Test
  void deleteRemovesTheAspectAndTheLastDeleteTheEntity() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    store.emit(MetadataChangeProposal.delete(MODEL, "status"));
    assertThat(store.getAspect(MODEL, Status.TYPE)).isEmpty();
    assertThat(store.exists(MODEL)).isTrue();

    store.emit(MetadataChangeProposal.delete(MODEL, "ownership"));
    assertThat(store.exists(MODEL)).isFalse();
    assertThat(store.getEntity(MODEL)).isEmpty();
  }

  @Test
  void aVersionStartsAgainAfterADelete() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    store.emit(MetadataChangeProposal.delete(MODEL, "status"));

    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));

    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).flatMap(VersionedAspect::version)).contains("1");
  }

  @Test
  void deletingAnAbsentAspectIsAcknowledged() {
    assertThat(store.emit(MetadataChangeProposal.delete(MODEL, "status")).isAcknowledged()).isTrue();
  }

  @Test
  void rawJsonThatDoesNotFitAKnownAspectIsRefused() {
    RawAspect bad = RawAspect.of("status", "{\"removed\":\"not a boolean\"}");

    assertThatThrownBy(() -> store.emit(MetadataChangeProposal.upsert(MODEL, bad)))
        .isInstanceOf(io.mlmeta.error.DataHubValidationException.class)
        .hasMessageContaining("status");
    assertThat(store.getAspect(MODEL, Status.TYPE)).isEmpty();
  }

  @Test
  void writesSurviveReopening() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE, BOB)));

    reopen();

    VersionedAspect<Ownership> read = store.getVersionedAspect(MODEL, Ownership.TYPE).orElseThrow();
    assertThat(read.aspect()).isEqualTo(ownedBy(ALICE, BOB));
    assertThat(read.version()).contains("2");
  }
}
