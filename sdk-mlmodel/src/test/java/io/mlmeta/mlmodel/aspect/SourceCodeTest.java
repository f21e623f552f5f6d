package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import org.junit.jupiter.api.Test;

class SourceCodeTest {
  @Test
  void minimalHasOneLink() {
    SourceCode code = SourceCode.of(SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
        "https://github.com/example/ml-models/tree/main/churn"));

    Golden.assertAspect(code, "golden/aspects/sourceCode-minimal.json");
  }

  @Test
  void richHasALinkOfEachType() {
    SourceCode code = SourceCode.of(
        SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
            "https://github.com/example/ml-models/tree/main/churn"),
        SourceCodeUrl.of(SourceCodeUrlType.TRAINING_PIPELINE_SOURCE_CODE,
            "https://github.com/example/pipelines/blob/main/train.py"),
        SourceCodeUrl.of(SourceCodeUrlType.EVALUATION_PIPELINE_SOURCE_CODE,
            "https://github.com/example/pipelines/blob/main/eval.py"));

    Golden.assertAspect(code, "golden/aspects/sourceCode-rich.json");
  }

  @Test
  void aLinkWithoutATypeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> SourceCodeUrl.builder().sourceCodeUrl("https://github.com/x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("type");
  }

  @Test
  void anEmptyUrlIsRefusedNamingTheField() {
    assertThatThrownBy(() -> SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SourceCodeUrl.sourceCodeUrl");
  }
}
