package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class MLModelQuantitativeAnalysesTest {
  @Test
  void minimalIsAnEmptyObject() {
    Golden.assertAspect(MLModelQuantitativeAnalyses.builder().build(),
        "golden/aspects/mlModelQuantitativeAnalyses-minimal.json");
  }

  @Test
  void richWritesEachResultAsTheStringMemberOfTheUnion() {
    MLModelQuantitativeAnalyses analyses = MLModelQuantitativeAnalyses.builder()
        .unitaryResults(ResultsType.ofString("https://dash.example.com/churn/unitary"))
        .intersectionalResults(ResultsType.ofString("https://dash.example.com/churn/intersectional"))
        .build();

    Golden.assertAspect(analyses, "golden/aspects/mlModelQuantitativeAnalyses-rich.json");
  }

  @Test
  void aBareStringIsRefusedOnRead() {
    assertThatThrownBy(() -> AspectCodec.fromJson(MLModelQuantitativeAnalyses.TYPE,
        "{\"unitaryResults\":\"https://dash.example.com\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mlModelQuantitativeAnalyses");
  }

  @Test
  void resultsWithoutTheStringIsRefusedNamingTheField() {
    assertThatThrownBy(() -> ResultsType.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("string");
  }
}
