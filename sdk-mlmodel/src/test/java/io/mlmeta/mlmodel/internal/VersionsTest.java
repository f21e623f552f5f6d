package io.mlmeta.mlmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.VersionSetUrn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {
  /** Expected values are Python's {@code str.zfill(10)}. */
  @ParameterizedTest
  @CsvSource({
      "1, 0000000001",
      "12, 0000000012",
      "1.2.3, 000001.2.3",
      "v2, 00000000v2",
      "-1, -000000001",
      "+7, +000000007",
      "1234567890, 1234567890",
      "12345678901, 12345678901"})
  void sortIdIsPythonsZfillOfTen(String version, String sortId) {
    assertThat(Versions.sortId(version)).isEqualTo(sortId);
  }

  @Test
  void theVersionSetIsTheGuidOfTheEntityUrn() {
    assertThat(Versions.versionSet(MLModelUrn.of("mlflow", "0414_arima_model")))
        .isEqualTo(VersionSetUrn.of("74f69e967c9dd1b4059344e6ea1e038f", "mlModel"));
  }
}
