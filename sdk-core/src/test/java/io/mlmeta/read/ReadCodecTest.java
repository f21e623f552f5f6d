package io.mlmeta.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.internal.json.KeyAspects;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class ReadCodecTest {
  private static final Urn MODEL =
      Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,customer-churn-predictor,PROD)");

  @Test
  void versionedAspectUnwrapsThePegasusClassAndIgnoresServerOnlyFields() {
    Ownership ownership = ReadCodec.versionedAspect(Ownership.TYPE,
        Golden.json("golden/responses/versioned-aspect-ownership.json"));

    assertThat(ownership.hasOwner(CorpUserUrn.of("mlops_team"))).isTrue();
  }

  @Test
  void versionedAspectOfAnotherClassIsAClearError() {
    assertThatThrownBy(() -> ReadCodec.versionedAspect(Status.TYPE,
        Golden.json("golden/responses/versioned-aspect-ownership.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("com.linkedin.common.Ownership, not com.linkedin.common.Status");
  }

  @Test
  void entityKeepsUnknownAspectsRawAndTakesTheVersionFromSystemMetadata() {
    EntityAspects entity = ReadCodec.entity(MODEL, Golden.json("golden/responses/entities-v2-model.json"))
        .orElseThrow();

    assertThat(entity.aspects()).containsOnlyKeys("status", "someFutureAspect");
    assertThat(entity.aspect(Status.TYPE)).contains(Status.of(false));
    assertThat(entity.versioned(Status.TYPE).orElseThrow().version()).contains("3");
    RawAspect raw = (RawAspect) entity.aspects().get("someFutureAspect").aspect();
    assertThat(Golden.parse(raw.json()))
        .isEqualTo(Golden.parse("{\"shinyNewField\":[\"a\",\"b\"],\"nested\":{\"x\":1}}"));
  }

  @Test
  void anEntityWithOnlyItsKeyAspectDoesNotExist() {
    assertThat(ReadCodec.entity(MODEL, Golden.json("golden/responses/entities-v2-absent.json"))).isEmpty();
  }

  @Test
  void relationshipPagesCarryPaging() {
    ReadCodec.RelationshipPage page = ReadCodec.relationships(Golden.json("golden/responses/relationships-page.json"));

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.count()).isEqualTo(2);
    assertThat(page.relationships()).extracting(r -> r.type()).containsOnly("DeployedTo");
    assertThat(page.relationships().get(1).entity().toString()).contains(",b,");
  }

  @Test
  void keyAspectNamesFollowDataHub() {
    assertThat(KeyAspects.keyAspectName("mlModel")).isEqualTo("mlModelKey");
    assertThat(KeyAspects.keyAspectName("corpuser")).isEqualTo("corpUserKey");
    assertThat(KeyAspects.keyAspectName("dataProcessInstance")).isEqualTo("dataProcessInstanceKey");
  }
}
