package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class DeprecationTest {
  @Test
  void minimalDeprecationHasNoteAndActor() {
    Golden.assertAspect(Deprecation.of("Superseded by churn_model v2", CorpUserUrn.of("jdoe")),
        "golden/aspects/deprecation-minimal.json");
  }

  @Test
  void richDeprecationWritesDecommissionTimeAndReplacement() {
    Deprecation deprecation = Deprecation.builder()
        .deprecated(true)
        .decommissionTime(1735689600000L)
        .note("Superseded by churn_model v2")
        .actor(CorpUserUrn.of("jdoe"))
        .replacement(Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model_v2,PROD)"))
        .build();

    Golden.assertAspect(deprecation, "golden/aspects/deprecation-rich.json");
  }

  @Test
  void liftingADeprecationMayLeaveTheNoteEmpty() {
    Deprecation lifted = Deprecation.builder().deprecated(false).note("").actor(CorpUserUrn.of("jdoe")).build();

    Golden.assertAspect(lifted, "golden/aspects/deprecation-lifted.json");
  }

  @Test
  void aDeprecationInForceNeedsANote() {
    assertThatThrownBy(() -> Deprecation.of("", CorpUserUrn.of("jdoe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Deprecation.note must not be empty but was ''");
  }

  @Test
  void deprecationWithoutNoteIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Deprecation.builder().deprecated(true).actor(CorpUserUrn.of("jdoe")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("note");
  }

  @Test
  void deprecationWithoutActorIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Deprecation.builder().deprecated(true).note("old").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("actor");
  }

  @Test
  void decommissionTimeMustBeEpochMillis() {
    assertThatThrownBy(() -> Deprecation.of("old", CorpUserUrn.of("jdoe")).toBuilder()
        .decommissionTime(1735689600000000L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Deprecation.decommissionTime")
        .hasMessageContaining("1735689600000000");
  }

  @Test
  void deprecationDeclaresNoRelationship() {
    assertThat(Deprecation.TYPE.relationships()).isEmpty();
  }
}
