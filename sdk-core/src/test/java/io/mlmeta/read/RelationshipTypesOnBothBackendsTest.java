package io.mlmeta.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same relationships call behaves the same on the local store and on GMS: an empty set of types is refused alike
 * (GMS has no "every type"), named types give the same edges.
 */
class RelationshipTypesOnBothBackendsTest {
  private static final DatasetUrn DATASET = DatasetUrn.of("hive", "owned");
  private static final CorpUserUrn ALICE = CorpUserUrn.of("alice");
  private static final MetadataChangeProposal OWNED = MetadataChangeProposal.upsert(DATASET,
      Ownership.builder().addOwner(Owner.of(ALICE, OwnershipType.TECHNICAL_OWNER)).build());

  @TempDir
  Path local;
  @TempDir
  Path gmsDir;

  @Test
  void noTypesIsTheSameIllegalArgumentOnBothAndNothingIsSent() {
    try (LocalStore store = LocalStore.open(local); FakeGms gms = FakeGms.start(gmsDir);
        RestReader rest = RestReader.create(ConnectionConfig.builder().server(gms.url()).build())) {
      store.emit(OWNED);
      gms.store().emit(OWNED);
      Set<String> none = Set.of();

      IllegalArgumentException onLocal = catchThrowableOfType(IllegalArgumentException.class,
          () -> store.relationships(DATASET, none, RelationshipDirection.OUTGOING));
      IllegalArgumentException onGms = catchThrowableOfType(IllegalArgumentException.class,
          () -> rest.relationships(DATASET, none, RelationshipDirection.OUTGOING));

      assertThat(onLocal).hasMessageContaining("types must name at least one relationship type");
      assertThat(onGms).hasMessage(onLocal.getMessage());
      assertThat(gms.server().getRequestCount()).isZero();
    }
  }

  @Test
  void anEmptyTypeIsTheSameIllegalArgumentOnBoth() {
    try (LocalStore store = LocalStore.open(local); FakeGms gms = FakeGms.start(gmsDir);
        RestReader rest = RestReader.create(ConnectionConfig.builder().server(gms.url()).build())) {
      Set<String> blank = new HashSet<>(List.of("OwnedBy", " "));

      IllegalArgumentException onLocal = catchThrowableOfType(IllegalArgumentException.class,
          () -> store.relationships(DATASET, blank, RelationshipDirection.OUTGOING));
      IllegalArgumentException onGms = catchThrowableOfType(IllegalArgumentException.class,
          () -> rest.relationships(DATASET, blank, RelationshipDirection.OUTGOING));

      assertThat(onLocal).hasMessageContaining("empty type");
      assertThat(onGms).hasMessage(onLocal.getMessage());
    }
  }

  @Test
  void namedTypesGiveTheSameEdgesOnBoth() {
    try (LocalStore store = LocalStore.open(local); FakeGms gms = FakeGms.start(gmsDir);
        RestReader rest = RestReader.create(ConnectionConfig.builder().server(gms.url()).build())) {
      store.emit(OWNED);
      gms.store().emit(OWNED);

      List<Relationship> onLocal = store.relationships(DATASET, Set.of("OwnedBy"), RelationshipDirection.OUTGOING)
          .collect(Collectors.toList());
      List<Relationship> onGms = rest.relationships(DATASET, Set.of("OwnedBy"), RelationshipDirection.OUTGOING)
          .collect(Collectors.toList());

      assertThat(onLocal).containsExactly(Relationship.of("OwnedBy", ALICE));
      assertThat(onGms).isEqualTo(onLocal);
    }
  }
}
