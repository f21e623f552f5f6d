package io.mlmeta.local;

import static io.mlmeta.local.Fixtures.ALICE;
import static io.mlmeta.local.Fixtures.BOB;
import static io.mlmeta.local.Fixtures.DATASET;
import static io.mlmeta.local.Fixtures.MODEL;
import static io.mlmeta.local.Fixtures.OTHER_MODEL;
import static io.mlmeta.local.Fixtures.ownedBy;
import static io.mlmeta.read.RelationshipDirection.INCOMING;
import static io.mlmeta.read.RelationshipDirection.OUTGOING;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.local.TestAspects.Inputs;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.Relationship;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalStoreRelationshipsTest extends WithOpenStore {

  private List<Relationship> find(io.mlmeta.urn.Urn urn, Set<String> types, io.mlmeta.read.RelationshipDirection d) {
    return store.relationships(urn, types, d).collect(toList());
  }

  @Test
  void ownershipGivesOutgoingOwnedByEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE, BOB)));

    assertThat(find(MODEL, Set.of("OwnedBy"), OUTGOING))
        .containsExactly(Relationship.of("OwnedBy", ALICE), Relationship.of("OwnedBy", BOB));
  }

  @Test
  void ownershipGivesIncomingOwnedByEdgesOnTheOwner() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));
    store.emit(MetadataChangeProposal.upsert(OTHER_MODEL, ownedBy(ALICE, BOB)));

    assertThat(find(ALICE, Set.of("OwnedBy"), INCOMING))
        .containsExactly(Relationship.of("OwnedBy", MODEL), Relationship.of("OwnedBy", OTHER_MODEL));
  }

  @Test
  void rewritingAnAspectReplacesItsEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(BOB)));

    assertThat(find(ALICE, Set.of("OwnedBy"), INCOMING)).isEmpty();
    assertThat(find(BOB, Set.of("OwnedBy"), INCOMING)).containsExactly(Relationship.of("OwnedBy", MODEL));
  }

  @Test
  void deletingAnAspectRemovesItsEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    store.emit(MetadataChangeProposal.delete(MODEL, "ownership"));

    assertThat(find(MODEL, Set.of("OwnedBy"), OUTGOING)).isEmpty();
    assertThat(find(ALICE, Set.of("OwnedBy"), INCOMING)).isEmpty();
  }

  @Test
  void aTestOnlyAspectTypeGivesItsDeclaredEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, Inputs.of(DATASET)));

    assertThat(find(MODEL, Set.of("Consumes"), OUTGOING)).containsExactly(Relationship.of("Consumes", DATASET));
    assertThat(find(DATASET, Set.of("Consumes"), INCOMING)).containsExactly(Relationship.of("Consumes", MODEL));
  }

  @Test
  void typesFilterTheEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));
    store.emit(MetadataChangeProposal.upsert(MODEL, Inputs.of(DATASET)));

    assertThat(find(MODEL, Set.of("Consumes"), OUTGOING)).extracting(Relationship::type).containsOnly("Consumes");
    assertThat(find(MODEL, Set.of("OwnedBy", "Consumes"), OUTGOING)).extracting(Relationship::type)
        .containsExactly("Consumes", "OwnedBy");
  }

  @Test
  void noTypesIsRefusedAsOnGms() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    assertThatThrownBy(() -> find(MODEL, Set.of(), OUTGOING)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("types must name at least one relationship type");
  }

  @Test
  void softDeletedEntitiesKeepTheirEdges() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    store.emit(MetadataChangeProposal.upsert(MODEL, Status.of(true)));

    assertThat(find(ALICE, Set.of("OwnedBy"), INCOMING)).containsExactly(Relationship.of("OwnedBy", MODEL));
  }

  @Test
  void edgesAreRebuiltOnReopen() {
    store.emit(MetadataChangeProposal.upsert(MODEL, ownedBy(ALICE)));

    reopen();

    assertThat(find(ALICE, Set.of("OwnedBy"), INCOMING)).containsExactly(Relationship.of("OwnedBy", MODEL));
  }
}
