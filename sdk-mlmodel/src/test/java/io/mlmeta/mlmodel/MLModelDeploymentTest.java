package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLModelDeploymentTest {
  private static final MLModelDeploymentUrn URN = MLModelDeploymentUrn.of("sagemaker", "churn-endpoint");

  @Test
  void aMinimalDeploymentHoldsThePlatformAndDefaultProperties() {
    assertThat(DataPlatformInstance.TYPE.appliesTo(MLModelDeploymentUrn.ENTITY_TYPE)).isTrue();
    Golden.assertMcps(EntityFixtures.minimalDeployment().toMcps(), "golden/entities/mlModelDeployment-minimal.json");
  }

  @Test
  void aRichDeploymentWritesEveryAspect() {
    Golden.assertMcps(EntityFixtures.richDeployment().toMcps(), "golden/entities/mlModelDeployment-rich.json");
  }

  @Test
  void theBuilderNamesAMissingPlatformOrName() {
    assertThatThrownBy(() -> MLModelDeployment.builder().name("e").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModelDeployment.platform");
    assertThatThrownBy(() -> MLModelDeployment.builder().platform("sagemaker").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModelDeployment.name");
  }

  @Test
  void propertyMutatorsSetTheirFields() {
    MLModelDeployment endpoint = EntityFixtures.minimalDeployment().setDescription("endpoint")
        .setStatus(DeploymentStatus.CREATING).setStatus(DeploymentStatus.IN_SERVICE).setVersion("7")
        .setCreated(Instant.ofEpochMilli(5)).setExternalUrl("https://x")
        .setCustomProperties(Map.of("a", "1")).addCustomProperty("b", "2");

    assertThat(endpoint.description()).contains("endpoint");
    assertThat(endpoint.status()).contains(DeploymentStatus.IN_SERVICE);
    assertThat(endpoint.version()).contains("7");
    assertThat(endpoint.created()).contains(Instant.ofEpochMilli(5));
    assertThat(endpoint.externalUrl()).contains("https://x");
    assertThat(endpoint.customProperties()).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  void deprecationNamesTheReplacement() {
    MLModelDeploymentUrn v2 = MLModelDeploymentUrn.of("sagemaker", "churn-endpoint-v2");
    MLModelDeployment endpoint = EntityFixtures.minimalDeployment()
        .deprecate("moved", CorpUserUrn.of("jdoe"), v2);

    assertThat(endpoint.deprecation().orElseThrow().replacement()).contains(v2);
    assertThat(endpoint.deprecation().orElseThrow().deprecated()).isTrue();
    assertThat(endpoint.softDelete().isRemoved()).isTrue();
  }

  @Test
  void addOwnerReappliedToANewerValueKeepsTheOtherWritersOwners() {
    MLModelDeployment endpoint = (MLModelDeployment) EntityTesting.readBack(read(URN, List.of(
        Ownership.builder().build())));
    endpoint.addOwner(CorpUserUrn.of("mlops_team")).addOwner(CorpUserUrn.of("mlops_team"));

    Ownership newer = Ownership.builder().addOwner(Owner.of(CorpUserUrn.of("sre"), OwnershipType.TECHNICAL_OWNER))
        .build();
    Ownership merged = (Ownership) pending(endpoint, "ownership").reapply(newer);

    assertThat(merged.owners()).extracting(o -> o.owner().toString())
        .containsExactly("urn:li:corpuser:sre", "urn:li:corpuser:mlops_team");
  }

  @Test
  void theKindReadsADeploymentBack() {
    MLModelDeployment back = EntityTesting.roundTrip(EntityFixtures.richDeployment());
    assertThat(back.urn()).isInstanceOf(MLModelDeploymentUrn.class);
    assertThat(back.container()).isPresent();
  }
}
