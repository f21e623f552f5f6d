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

  @Test
  void keysAreSortedByCodePointAsPythonDoesNotByUtf16Unit() {
    // U+FFFF sorts before U+1F600 in Python; in UTF-16 the emoji's high surrogate (U+D83D) comes first
    assertThat(DataHubGuid.of(Map.of("\ud83d\ude00", "1", "\uffff", "2")))
        .isEqualTo("670e6c415f8e2ec8a9315606d4850866");
  }

  @Test
  void controlCharactersDelAndSlashMatchPythonsSeparatorsAndEscapes() {
    assertThat(DataHubGuid.of(Map.of("a", "\u007f\u001f/\u2028\ud83d\ude00<>&\u0000")))
        .isEqualTo("9ac1895aa9972dc932fd75fad6a9d89b");
  }

  @Test
  void dataProcessInstanceKeyOfTheMlflowGoldenRun() {
    // metadata-ingestion/tests/integration/mlflow/mlflow_mcps_golden.json (datahub-project/datahub):
    // run 02660a3bee9941ed983667f678ce5611 is urn:li:dataProcessInstance:2666299269d6ebea994d5ec0c29e3aca
    assertThat(DataHubGuid.of(Map.of("id", "02660a3bee9941ed983667f678ce5611", "orchestrator", "mlflow")))
        .isEqualTo("2666299269d6ebea994d5ec0c29e3aca");
  }
}
