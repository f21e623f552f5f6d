package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.ContainerUrn;
import org.junit.jupiter.api.Test;

class ContainerTest {
  @Test
  void containerNamesTheParent() {
    Golden.assertAspect(Container.of(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395")),
        "golden/aspects/container-only.json");
  }

  @Test
  void withoutContainerIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Container.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("container");
  }

  @Test
  void theParentIsAnIsPartOfRelationship() {
    assertThat(Container.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("container -> IsPartOf");
  }

  @Test
  void runsModelsAndDeploymentsMayBeInAContainer() {
    assertThat(Container.TYPE.entityTypes()).containsExactlyInAnyOrder(EntityTypes.DATASET, EntityTypes.CONTAINER,
        EntityTypes.DATA_JOB, EntityTypes.DATA_FLOW, EntityTypes.ML_MODEL, EntityTypes.ML_MODEL_DEPLOYMENT,
        EntityTypes.DATA_PROCESS_INSTANCE);
  }
}
