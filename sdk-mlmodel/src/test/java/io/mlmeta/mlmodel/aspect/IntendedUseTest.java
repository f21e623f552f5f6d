package io.mlmeta.mlmodel.aspect;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class IntendedUseTest {
  @Test
  void minimalLeavesEmptyListsOut() {
    Golden.assertAspect(IntendedUse.builder().build(), "golden/aspects/intendedUse-minimal.json");
  }

  @Test
  void richWritesEveryListAndEveryUserType() {
    IntendedUse use = IntendedUse.builder()
        .addPrimaryUse("Predict customer churn")
        .addPrimaryUse("Prioritise retention calls")
        .addPrimaryUser(IntendedUserType.ENTERPRISE)
        .addPrimaryUser(IntendedUserType.HOBBY)
        .addPrimaryUser(IntendedUserType.ENTERTAINMENT)
        .addOutOfScopeUse("Credit decisions")
        .build();

    Golden.assertAspect(use, "golden/aspects/intendedUse-rich.json");
  }
}
