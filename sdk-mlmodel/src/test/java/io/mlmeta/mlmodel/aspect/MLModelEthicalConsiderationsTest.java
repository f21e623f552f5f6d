package io.mlmeta.mlmodel.aspect;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLModelEthicalConsiderationsTest {
  @Test
  void minimalLeavesEmptyListsOut() {
    Golden.assertAspect(MLModelEthicalConsiderations.builder().build(),
        "golden/aspects/mlModelEthicalConsiderations-minimal.json");
  }

  @Test
  void richWritesEveryList() {
    MLModelEthicalConsiderations ethics = MLModelEthicalConsiderations.builder()
        .addData("Uses age and location")
        .addHumanLife("Does not affect health or safety")
        .addMitigation("Quarterly bias audits")
        .addRisksAndHarm("May over-target some segments")
        .addUseCase("Retention campaigns only")
        .build();

    Golden.assertAspect(ethics, "golden/aspects/mlModelEthicalConsiderations-rich.json");
  }
}
