package io.mlmeta.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.testing.BackendClients;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** upsertAll and updateAll: several entities as one unit, against the local store and the fake GMS. */
class EntityClientAllTest {
  private static final Urn A = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,a,PROD)");
  private static final Urn B = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,b,PROD)");

  @RegisterExtension
  final BackendClients backends = BackendClients.withHttp(b -> b.deadline(Duration.ofSeconds(20)));

  /** A test entity of any URN. */
  static final class Thing extends Entity<Thing> implements HasOwners<Thing>, HasTags<Thing>, HasStatus<Thing> {
    Thing(Urn urn, Aspect... aspects) {
      super(urn, List.of(aspects));
    }

    Thing(EntityAspects read) {
      super(read);
    }

    @Override
    protected List<AspectType<?>> aspectOrder() {
      return List.of(Status.TYPE, Ownership.TYPE, GlobalTags.TYPE);
    }
  }

  private static Thing read(DataHubClient client, Urn urn) {
    return new Thing(client.reader().getEntity(urn).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void upsertAllWritesEveryEntityAndEachIsUpdatableAfter(String backend) {
    DataHubClient client = backends.client(backend);
    Thing a = new Thing(A, Status.of(false));
    Thing b = new Thing(B, Status.of(false)).addTag(TagUrn.of("b"));

    client.entities().upsertAll(a, b);
    client.entities().updateAll(a.addOwner(CorpUserUrn.of("x")), b.addOwner(CorpUserUrn.of("y")));

    assertThat(read(client, A).owners()).extracting(o -> o.owner().toString()).containsExactly("urn:li:corpuser:x");
    assertThat(read(client, B).owners()).extracting(o -> o.owner().toString()).containsExactly("urn:li:corpuser:y");
    assertThat(read(client, B).tags()).containsExactly(TagUrn.of("b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void anAspectRefusedInOneEntityLeavesNoneOfThemWritten(String backend) {
    DataHubClient client = backends.client(backend);
    Thing a = new Thing(A, Status.of(false));
    Thing b = new Thing(B, Status.of(false), RawAspect.of("deprecation", "{\"deprecated\": \"maybe\"}"));

    assertThatThrownBy(() -> client.entities().upsertAll(a, b)).isInstanceOf(DataHubException.class)
        .hasMessageContaining("deprecation");

    assertThat(client.reader().exists(A)).isFalse();
    assertThat(client.reader().exists(B)).isFalse();
    assertThat(a.isSaved()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void aConflictInOneEntityWritesNoneOfTheOthers(String backend) {
    DataHubClient client = backends.client(backend);
    client.entities().upsertAll(new Thing(A, Status.of(false)), new Thing(B, Status.of(false)));
    Thing a = read(client, A);
    Thing b = read(client, B);
    backends.client(backend).entities().update(read(client, B).addTag(TagUrn.of("theirs")));

    EntityClient failFast = client.entities().withUpdateRetries(1, Duration.ZERO);
    assertThatThrownBy(() -> failFast.updateAll(a.addTag(TagUrn.of("mine")), b.addTag(TagUrn.of("mine"))))
        .isInstanceOf(DataHubConflictException.class)
        .hasMessageContaining(A.toString()).hasMessageContaining(B.toString());

    assertThat(read(client, A).tags()).isEmpty();
    assertThat(read(client, B).tags()).containsExactly(TagUrn.of("theirs"));
    assertThat(a.changedAspects()).containsExactly("globalTags");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gms", "local"})
  void onAConflictEveryEntityIsReadAgainAndNothingIsLost(String backend) {
    DataHubClient client = backends.client(backend);
    client.entities().upsertAll(new Thing(A, Status.of(false)), new Thing(B, Status.of(false)));
    Thing a = read(client, A);
    Thing b = read(client, B);
    backends.client(backend).entities().update(read(client, B).addTag(TagUrn.of("theirs")));

    client.entities().updateAll(a.addTag(TagUrn.of("mine")), b.addTag(TagUrn.of("mine")));

    assertThat(read(client, A).tags()).containsExactly(TagUrn.of("mine"));
    assertThat(read(client, B).tags()).containsExactly(TagUrn.of("theirs"), TagUrn.of("mine"));
    assertThat(b.tags()).containsExactly(TagUrn.of("theirs"), TagUrn.of("mine"));
  }

  @Test
  void twoObjectsOfOneUrnOrANeverWrittenEntityAreRefusedBeforeAnythingIsSent() {
    DataHubClient client = backends.client("local");
    Thing a = new Thing(A, Status.of(false));
    client.entities().upsert(a);

    assertThatThrownBy(() -> client.entities().upsertAll(new Thing(B, Status.of(true)), new Thing(B, Status.of(true))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(B + " is given twice");
    assertThatThrownBy(() -> client.entities().updateAll(a.softDelete(), new Thing(B, Status.of(true))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(B + " was built in memory");
    assertThat(client.reader().exists(B)).isFalse();
    assertThat(read(client, A).isRemoved()).isFalse();
  }
}
