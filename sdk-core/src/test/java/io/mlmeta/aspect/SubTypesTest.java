package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class SubTypesTest {
  @Test
  void subTypesAreTheNamesAsGiven() {
    Golden.assertAspect(SubTypes.of("ML Training Run"), "golden/aspects/subTypes-only.json");
  }

  @Test
  void anEmptyNameIsRefused() {
    assertThatThrownBy(() -> SubTypes.of("ML Experiment", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SubTypes.typeNames")
        .hasMessageContaining("''");
  }
}
