package io.mlmeta.mlmodel.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Names, labels and metric values the SDK refuses to write (README "Names, labels and values"), on every path: the
 * value types, the entity builders and mutators. A refusal names the field and quotes the value with control
 * characters escaped. What DataHub holds is still read.
 */
class TextRulesTest {
  private static MLModel model() {
    return MLModel.builder().platform("mlflow").name("churn").build();
  }

  @Test
  void aModelNameWithALineBreakIsRefusedEscaped() {
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("churn\nmodel").build())
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessage("Invalid URN 'churn\\nmodel': name of an mlModel URN must not hold control characters (line "
            + "breaks, tabs ...) but holds U+000A at index 5");
    assertThatThrownBy(() -> MLModelUrn.of("mlflow", "churn\u0000")).isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("'churn\\u0000'");
  }

  @Test
  void aModelNameWithTrailingWhitespaceIsRefused() {
    assertThatThrownBy(() -> MLModelUrn.of("mlflow", "churn "))
        .isInstanceOf(UrnSyntaxException.class)
        .hasMessageContaining("'churn '").hasMessageContaining("name of an mlModel URN must not start or end with "
            + "whitespace");
  }

  @Test
  void aUrnWithSuchANameIsStillParsed() {
    assertThat(MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn\tv2,PROD)").name())
        .isEqualTo("churn\tv2");
  }

  @Test
  void aDisplayNameWithALineBreakIsRefusedEscaped() {
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("churn").displayName("Churn\r\nmodel")
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MLModelProperties.name must not hold control characters (line breaks, tabs ...) but was "
            + "'Churn\\r\\nmodel' (U+000D at index 5)");
  }

  @Test
  void anAliasWithTrailingWhitespaceIsRefusedOnEveryPath() {
    String message = "VersionTag.versionTag must not start or end with whitespace but was 'Champion '; did you mean "
        + "'Champion'?";
    assertThatThrownBy(() -> VersionTag.of("Champion ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> model().setVersion("1").addAlias("Champion ")).hasMessage(message);
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("churn").version("1").addAlias("Champion ")
        .build()).hasMessage(message);
    assertThatThrownBy(() -> VersionTag.of("champion\n")).hasMessageContaining("'champion\\n'");
    assertThat(VersionTag.of("release candidate").versionTag()).contains("release candidate");
  }

  @Test
  void anAliasWrittenByAnotherClientIsStillRead() {
    VersionProperties read = AspectCodec.fromJson(VersionProperties.TYPE, "{\"versionSet\":"
        + "\"urn:li:versionSet:(abc,mlModel)\",\"version\":{\"versionTag\":\"1\"},\"aliases\":[{\"versionTag\":"
        + "\"Champion \"}],\"sortId\":\"0000000001\"}");

    assertThat(read.aliases()).hasSize(1);
    assertThat(read.aliases().get(0).versionTag()).contains("Champion ");
  }

  @Test
  void aNanOrInfiniteMetricIsRefusedNamingIt() {
    assertThatThrownBy(() -> MLMetric.listOf(Map.of("loss", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("metric 'loss' must be a finite number but was NaN")
        .hasMessageContaining("MLMetric.of(\"loss\", \"NaN\")");
    assertThatThrownBy(() -> model().addTrainingMetric("auc", Double.POSITIVE_INFINITY))
        .hasMessageStartingWith("metric 'auc' must be a finite number but was Infinity");
    assertThatThrownBy(() -> MLModel.builder().platform("mlflow").name("churn")
        .addOnlineMetric("drift", Float.NEGATIVE_INFINITY).build())
        .hasMessageStartingWith("metric 'drift' must be a finite number but was -Infinity");
    assertThatThrownBy(() -> MLHyperParam.listOf(Map.of("lr", Double.NaN)))
        .hasMessageStartingWith("hyperparameter 'lr' must be a finite number but was NaN")
        .hasMessageContaining("MLHyperParam.of(\"lr\", \"NaN\")");
  }

  @Test
  void aNanGivenAsTextIsRecordedOnPurpose() {
    assertThat(MLMetric.of("loss", "NaN").value()).contains("NaN");
    assertThat(model().addTrainingMetric("loss", "NaN").trainingMetrics()).containsExactly(MLMetric.of("loss", "NaN"));
  }

  @Test
  void aMetricNameWithATabIsRefused() {
    assertThatThrownBy(() -> MLMetric.of("loss\tvalidation", "0.1"))
        .hasMessage("MLMetric.name must not hold control characters (line breaks, tabs ...) but was "
            + "'loss\\tvalidation' (U+0009 at index 4)");
  }
}
