package io.mlmeta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected digests computed with Python's {@code hashlib.md5(json.dumps(o, separators=(",",":"), sort_keys=True))}. */
class DataHubGuidTest {
  @Test
  void versionSetIdOfTheDemoModel() {
    assertThat(DataHubGuid.of(Map.of("urn", "urn:li:mlModel:(urn:li:dataPlatform:mlflow,0414_arima_model,PROD)")))
        .isEqualTo("74f69e967c9dd1b4059344e6ea1e038f");
  }

  @Test
  void containerGuidOfAPlatformOnlyKey() {
    assertThat(DataHubGuid.of(Map.of("platform", "mlflow"))).isEqualTo("541501e1c563a2fe26dddead6e9ea395");
  }

  @Test
  void keysAreSorted() {
    assertThat(DataHubGuid.of(Map.of("platform", "mlflow", "id", "0414_basic_experiment")))
        .isEqualTo("e530eb87d6bac06fa24af30c79659e21");
  }

  @Test
  void escapesMatchPythonsEnsureAscii() {
    assertThat(DataHubGuid.of(Map.of("platform", "mlflow", "id", "café\u00e9 客户\n\"x\\\u007f😀")))
        .isEqualTo("c8d0cbb5c510dbb9921cb8eb90e5467f");
  }
}
