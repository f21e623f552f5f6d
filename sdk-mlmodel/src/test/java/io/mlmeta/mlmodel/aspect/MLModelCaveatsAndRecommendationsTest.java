package io.mlmeta.mlmodel.aspect;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLModelCaveatsAndRecommendationsTest {
  @Test
  void minimalIsAnEmptyObject() {
    Golden.assertAspect(MLModelCaveatsAndRecommendations.builder().build(),
        "golden/aspects/mlModelCaveatsAndRecommendations-minimal.json");
  }

  @Test
  void richWritesCaveatDetailsRecommendationsAndCharacteristics() {
    MLModelCaveatsAndRecommendations caveats = MLModelCaveatsAndRecommendations.builder()
        .caveats(CaveatDetails.builder()
            .needsFurtherTesting(true)
            .caveatDescription("Not validated outside North America")
            .addGroupsNotRepresented("customers under 18")
            .addGroupsNotRepresented("business accounts")
            .build())
        .recommendations("Retrain every quarter")
        .addIdealDatasetCharacteristic("Balanced churn labels")
        .addIdealDatasetCharacteristic("At least 12 months of history")
        .build();

    Golden.assertAspect(caveats, "golden/aspects/mlModelCaveatsAndRecommendations-rich.json");
  }
}
