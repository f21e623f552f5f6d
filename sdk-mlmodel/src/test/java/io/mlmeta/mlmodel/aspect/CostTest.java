package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class CostTest {
  @Test
  void minimalIsACostIdTheFirstMemberOfTheUnion() {
    Golden.assertAspect(Cost.of(CostValue.ofCostId(12.5)), "golden/aspects/cost-minimal.json");
  }

  @Test
  void richIsACostCodeTheSecondMemberOfTheUnion() {
    Cost cost = Cost.builder().costType(CostType.ORG_COST_TYPE).cost(CostValue.ofCostCode("CC-42")).build();

    Golden.assertAspect(cost, "golden/aspects/cost-rich.json");
  }

  @Test
  void eachMemberIsWrittenAsItsAliasAlone() {
    assertThat(AspectCodec.valueToJson(CostValue.ofCostId(1.0))).isEqualTo("{\"costId\":1.0}");
    assertThat(AspectCodec.valueToJson(CostValue.ofCostCode("cc-1"))).isEqualTo("{\"costCode\":\"cc-1\"}");
  }

  @Test
  void aValueWithBothOrNeitherMemberIsRefused() {
    assertThatThrownBy(() -> CostValue.builder().costId(1.0).costCode("cc-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one of costId and costCode")
        .hasMessageContaining("cc-1");
    assertThatThrownBy(() -> CostValue.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("neither");
  }

  @Test
  void aNonFiniteCostIdIsRefused() {
    assertThatThrownBy(() -> CostValue.ofCostId(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CostValue.costId");
  }

  @Test
  void aCostWithoutItsValueIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Cost.builder().costType(CostType.ORG_COST_TYPE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cost");
  }
}
