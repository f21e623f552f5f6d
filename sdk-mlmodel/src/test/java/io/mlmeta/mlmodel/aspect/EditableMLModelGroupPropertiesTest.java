package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class EditableMLModelGroupPropertiesTest {
  @Test
  void minimalIsAnEmptyObject() {
    Golden.assertAspect(EditableMLModelGroupProperties.builder().build(),
        "golden/aspects/editableMlModelGroupProperties-minimal.json");
  }

  @Test
  void richCarriesTheDescription() {
    Golden.assertAspect(EditableMLModelGroupProperties.of("Every registered version of the churn model"),
        "golden/aspects/editableMlModelGroupProperties-rich.json");
  }

  @Test
  void belongsToModelGroupsOnly() {
    assertThat(EditableMLModelGroupProperties.TYPE.entityTypes()).containsExactly("mlModelGroup");
  }
}
