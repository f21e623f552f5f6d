package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class EditableMLModelPropertiesTest {
  @Test
  void minimalIsAnEmptyObject() {
    Golden.assertAspect(EditableMLModelProperties.builder().build(),
        "golden/aspects/editableMlModelProperties-minimal.json");
  }

  @Test
  void richCarriesTheDescription() {
    Golden.assertAspect(EditableMLModelProperties.of("Predicts which customers will cancel within 30 days"),
        "golden/aspects/editableMlModelProperties-rich.json");
  }

  @Test
  void theAspectNameIsSpelledWithMl() {
    assertThat(EditableMLModelProperties.TYPE.name()).isEqualTo("editableMlModelProperties");
    assertThat(EditableMLModelProperties.TYPE.appliesTo("mlModel")).isTrue();
  }
}
