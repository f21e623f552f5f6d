package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTest {
  private static final Urn URN = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m,PROD)");

  /** A minimal entity for testing the base class. */
  static final class Thing extends Entity<Thing> {
    Thing(List<io.mlmeta.aspect.Aspect> aspects) {
      super(URN, aspects);
    }

    Thing(EntityAspects read) {
      super(read);
    }

    Thing addOwner(String user) {
      return modify(Ownership.TYPE, o -> (o == null ? Ownership.builder() : o.toBuilder())
          .addOwner(Owner.of(CorpUserUrn.of(user), OwnershipType.TECHNICAL_OWNER)).build());
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of(Status.TYPE, Ownership.TYPE);
    }
  }

  @Test
  void aNewEntityListsItsAspectsInDeclaredOrderAndHasNoChanges() {
    Thing thing = new Thing(List.of(owners("a"), Status.of(false)));

    assertThat(thing.aspects()).extracting(a -> a.aspectName()).containsExactly("status", "ownership");
    assertThat(thing.toMcps()).extracting(m -> m.aspectName()).containsExactly("status", "ownership");
    assertThat(thing.changedAspects()).isEmpty();
    assertThat(thing.isFetched()).isFalse();
  }

  @Test
  void mutatorsApplyAtOnceAndAreRecordedForReapplication() {
    Thing thing = read(owners("a"), "7");

    thing.addOwner("b").addOwner("c");

    assertThat(thing.aspect(Ownership.TYPE).orElseThrow().owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:a", "urn:li:corpuser:b", "urn:li:corpuser:c");
    PendingChange change = thing.pendingChanges().get(0);
    assertThat(change.readVersion()).contains("7");
    Ownership newer = (Ownership) change.reapply(owners("z"));
    assertThat(newer.owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:z", "urn:li:corpuser:b", "urn:li:corpuser:c");
  }

  @Test
  void anAspectAbsentWhenReadIsPendingAtVersionMinusOne() {
    Thing thing = read(Status.of(false), "2");

    thing.addOwner("b");

    assertThat(thing.pendingChanges()).singleElement()
        .satisfies(c -> assertThat(c.readVersion()).contains("-1"))
        .satisfies(c -> assertThat(c.reapply(null)).isEqualTo(owners("b")));
  }

  @Test
  void markSavedClearsTheChange() {
    Thing thing = read(owners("a"), "1");
    thing.addOwner("b");

    thing.markSaved(thing.aspect(Ownership.TYPE).orElseThrow(), null);

    assertThat(thing.changedAspects()).isEmpty();
  }

  @Test
  void aChangeReturningNullIsRefused() {
    Thing thing = new Thing(List.of());

    assertThatThrownBy(() -> thing.modify(Status.TYPE, s -> null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("status");
  }

  @Test
  void timeseriesAspectsAreEventsNotModifications() {
    io.mlmeta.aspect.DataProcessInstanceRunEvent started = io.mlmeta.aspect.DataProcessInstanceRunEvent.builder()
        .timestampMillis(1628580000000L).status(io.mlmeta.aspect.DataProcessRunStatus.STARTED).build();
    Thing thing = new Thing(List.of());

    assertThatThrownBy(() -> thing.modify(io.mlmeta.aspect.DataProcessInstanceRunEvent.TYPE, e -> started))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeseries");
    assertThatThrownBy(() -> thing.recordEvent(Status.of(true)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a timeseries");
    thing.recordEvent(started).recordEvent(started);
    assertThat(thing.pendingEvents()).hasSize(2);
    thing.markEventsSent();
    assertThat(thing.pendingEvents()).isEmpty();
  }

  private static Thing read(io.mlmeta.aspect.Aspect aspect, String version) {
    Map<String, VersionedAspect<io.mlmeta.aspect.Aspect>> aspects = new LinkedHashMap<>();
    aspects.put(aspect.aspectName(), VersionedAspect.of(aspect, SystemMetadata.builder().version(version).build()));
    return new Thing(EntityAspects.of(URN, aspects));
  }

  private static Ownership owners(String... users) {
    Ownership.Builder b = Ownership.builder();
    for (String u : users) {
      b.addOwner(Owner.of(CorpUserUrn.of(u), OwnershipType.TECHNICAL_OWNER));
    }
    return b.build();
  }
}
