package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.VersionedAspect;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStoreConditionalWriteTest extends WithOpenStore {

  private static MetadataChangeProposal status(boolean removed, String ifVersionMatch) {
    return MetadataChangeProposal.upsert(MODEL, Status.of(removed))
        .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, ifVersionMatch);
  }

  private static MetadataChangeProposal create(ChangeType changeType, Status status) {
    return MetadataChangeProposal.builder().entityUrn(MODEL).changeType(changeType).aspect(status).build();
  }

  @Test
  void aMatchingVersionWrites() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

    store.emit(status(true, "1"));

    VersionedAspect<Status> read = store.getVersionedAspect(MODEL, Status.TYPE).orElseThrow();
    assertThat(read.aspect()).isEqualTo(Status.of(true));
    assertThat(read.version()).contains("2");
  }

  @Test
  void aStaleVersionFailsWithTheServersMessage() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

    DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
        () -> store.emit(status(true, "1")));

    assertThat(e.serverMessage()).isEqualTo("Expected version 1, actual version 2");
    assertThat(e.status()).isEqualTo(422);
    assertThat(e.method()).isEqualTo("LOCAL");
    assertThat(e.path()).isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(e.urn()).contains(MODEL.toString());
    assertThat(e.aspectName()).contains("status");
    assertThat(e.expectedVersion()).contains("1");
    assertThat(e.actualVersion()).contains("2");
    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(false));
  }

  @Test
  void versionMinusOneCreatesAnAbsentAspect() {
    store.emit(status(true, "-1"));

    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).flatMap(VersionedAspect::version)).contains("1");
  }

  @Test
  void versionMinusOneFailsWhenTheAspectExists() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

    DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
        () -> store.emit(status(true, "-1")));

    assertThat(e.serverMessage()).isEqualTo("Expected version -1, actual version 1");
  }

  @Test
  void anAbsentAspectsActualVersionIsMinusOne() {
    DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
        () -> store.emit(status(true, "3")));

    assertThat(e.serverMessage()).isEqualTo("Expected version 3, actual version -1");
  }

  @Test
  void createWritesAnAbsentAspect() {
    store.emit(create(ChangeType.CREATE, Status.of(true)));

    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(true));
  }

  @Test
  void createFailsWhenTheAspectExists() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

    DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
        () -> store.emit(create(ChangeType.CREATE, Status.of(true))));

    assertThat(e.serverMessage()).isEqualTo("Cannot perform CREATE since the aspect already exists.");
    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(false));
  }

  @Test
  void createWithIfNoneMatchIsDroppedQuietlyWhenTheAspectExists() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(false)));

    EmitResult result = store.emit(create(ChangeType.CREATE, Status.of(true))
        .withHeader(MetadataChangeProposal.IF_NONE_MATCH, "*"));

    assertThat(result.isAcknowledged()).isTrue();
    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).orElseThrow().aspect()).isEqualTo(Status.of(false));
    assertThat(store.getVersionedAspect(MODEL, Status.TYPE).flatMap(VersionedAspect::version)).contains("1");
  }

  @Test
  void createEntityFailsWhenTheEntityHasAnyAspect() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
        () -> store.emit(create(ChangeType.CREATE_ENTITY, Status.of(true))));

    assertThat(e.serverMessage()).contains("CREATE_ENTITY").contains("already exists");
    assertThat(store.getAspect(MODEL, Status.TYPE)).isEmpty();
  }

  @Test
  void createEntityWritesANewEntityAndIfNoneMatchDropsTheSecond() {
    store.emit(create(ChangeType.CREATE_ENTITY, Status.of(true)));

    EmitResult second = store.emit(create(ChangeType.CREATE_ENTITY, Status.of(false))
        .withHeader(MetadataChangeProposal.IF_NONE_MATCH, "*"));

    assertThat(second.isAcknowledged()).isTrue();
    assertThat(store.getAspect(MODEL, Status.TYPE)).contains(Status.of(true));
  }

  @Test
  void aFailedPreconditionInABatchFailsOnlyItsOwnProposal() {
    List<EmitResult> results = store.emitAll(List.of(
        MetadataChangeProposal.upsert(MODEL, Status.of(false)),
        status(true, "5"),
        status(true, "1")));

    assertThat(results).extracting(EmitResult::isAcknowledged).containsExactly(true, false, true);
    assertThat(results.get(1).failure()).get().isInstanceOf(DataHubConflictException.class);
    VersionedAspect<Status> read = store.getVersionedAspect(MODEL, Status.TYPE).orElseThrow();
    assertThat(read.aspect()).isEqualTo(Status.of(true));
    assertThat(read.version()).contains("2");
  }

  @Test
  void timeConditionsAreRefusedRatherThanIgnored() {
    EmitResult result = store.emitAll(List.of(MetadataChangeProposal.upsert(MODEL, Status.of(false))
        .withHeader("If-Unmodified-Since", "2024-01-01T00:00:00Z"))).get(0);

    assertThat(result.isAcknowledged()).isFalse();
    assertThat(store.exists(MODEL)).isFalse();
  }
}
