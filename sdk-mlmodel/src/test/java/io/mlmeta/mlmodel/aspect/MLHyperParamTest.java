package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLHyperParamTest {
  @Test
  void listOfKeepsInsertionOrderOfALinkedHashMap() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("n_estimators", 100);
    params.put("learning_rate", 0.1);
    params.put("booster", "gbtree");

    assertThat(MLHyperParam.listOf(params)).extracting(MLHyperParam::name)
        .containsExactly("n_estimators", "learning_rate", "booster");
  }

  @Test
  void listOfWritesValuesAsStringValueOfDoes() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("int", 100);
    params.put("long", 10_000_000_000L);
    params.put("double", 0.1);
    params.put("float", 0.8f);
    params.put("small", 1e-5);
    params.put("whole_double", 100.0);
    params.put("decimal", new BigDecimal("0.10"));
    params.put("flag", true);
    params.put("text", "gbtree");

    assertThat(MLHyperParam.listOf(params)).extracting(p -> p.value().orElseThrow())
        .containsExactly("100", "10000000000", "0.1", "0.8", "1.0E-5", "100.0", "0.10", "true", "gbtree");
  }

  @Test
  void listOfRefusesANullValueNamingTheKey() {
    Map<String, Object> params = new HashMap<>();
    params.put("max_depth", null);

    assertThatThrownBy(() -> MLHyperParam.listOf(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hyperparameter 'max_depth'");
  }

  @Test
  void listOfRefusesANullKey() {
    Map<String, Object> params = new HashMap<>();
    params.put(null, 6);

    assertThatThrownBy(() -> MLHyperParam.listOf(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hyperparameter name must not be null");
  }

  @Test
  void listOfRefusesAValueThatIsNotANumberStringOrBooleanNamingTheKey() {
    assertThatThrownBy(() -> MLHyperParam.listOf(Map.of("layers", List.of(64, 32))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hyperparameter 'layers'")
        .hasMessageContaining("[64, 32]");
  }

  @Test
  void anEmptyNameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLHyperParam.of("", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLHyperParam.name");
  }

  @Test
  void aMissingNameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLHyperParam.builder().value("1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void aCreatedAtInNanosecondsIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLHyperParam.builder().name("lr").createdAt(1_700_000_000_000_000_000L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLHyperParam.createdAt");
  }
}
