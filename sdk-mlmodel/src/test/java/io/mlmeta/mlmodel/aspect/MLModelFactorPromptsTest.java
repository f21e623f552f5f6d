package io.mlmeta.mlmodel.aspect;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLModelFactorPromptsTest {
  @Test
  void minimalLeavesEmptyListsOut() {
    Golden.assertAspect(MLModelFactorPrompts.builder().build(), "golden/aspects/mlModelFactorPrompts-minimal.json");
  }

  @Test
  void richWritesFactorSetsLeavingTheirEmptyListsOut() {
    MLModelFactorPrompts prompts = MLModelFactorPrompts.builder()
        .addRelevantFactor(MLModelFactors.builder()
            .addGroup("age 18-25").addGroup("age 65+")
            .addInstrumentation("mobile app events").addInstrumentation("web events")
            .addEnvironment("peak season")
            .build())
        .addEvaluationFactor(MLModelFactors.builder().addGroup("region").build())
        .addEvaluationFactor(MLModelFactors.builder().addEnvironment("holiday season").build())
        .build();

    Golden.assertAspect(prompts, "golden/aspects/mlModelFactorPrompts-rich.json");
  }
}
