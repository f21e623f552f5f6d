package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.entity.EntityKind;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityKindsTest {
  @Test
  void everyEntityKindIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(EntityKind.class).stream().<Class<?>>map(p -> p.get().getClass())
        .collect(Collectors.toList()))
        .contains(MLModel.Kind.class, MLModelGroup.Kind.class, MLModelDeployment.Kind.class, TrainingRun.Kind.class,
            Experiment.Kind.class);
  }

  @Test
  void eachKindHandlesItsEntityType() {
    assertThat(new MLModel.Kind().entityType()).isEqualTo("mlModel");
    assertThat(new MLModelGroup.Kind().entityType()).isEqualTo("mlModelGroup");
    assertThat(new MLModelDeployment.Kind().entityType()).isEqualTo("mlModelDeployment");
    assertThat(new TrainingRun.Kind().entityType()).isEqualTo("dataProcessInstance");
    assertThat(new Experiment.Kind().entityType()).isEqualTo("container");
  }
}
