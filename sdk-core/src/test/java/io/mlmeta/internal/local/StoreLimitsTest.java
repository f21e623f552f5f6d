package io.mlmeta.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.mlmeta.internal.json.WireJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The store parses with its own stated limits, not Jackson's defaults, and leaves the shared mapper alone. */
class StoreLimitsTest {

  @Test
  void theStoresParserTakesAStringAsLongAsARecordBeyondJacksonsDefault() throws Exception {
    int length = StreamReadConstraints.DEFAULT_MAX_STRING_LEN + 1;
    byte[] json = ("{\"s\":\"" + "x".repeat(length) + "\"}").getBytes(StandardCharsets.US_ASCII);

    assertThat(StoreLimits.MAPPER.readTree(json).get("s").asText()).hasSize(length);
    assertThat(StoreLimits.MAPPER.getFactory().streamReadConstraints().getMaxStringLength())
        .isEqualTo(StoreLimits.MAX_RECORD_BYTES);
  }

  @Test
  void theSharedWireMapperKeepsItsOwnLimits() {
    assertThat(WireJson.MAPPER.getFactory().streamReadConstraints().getMaxStringLength())
        .isEqualTo(StreamReadConstraints.DEFAULT_MAX_STRING_LEN);
  }

  @Test
  void theScanForJacksonsBefore215KeepsNumbersToTheStatedDigits() throws Exception {
    assertThat(StoreLimits.withinNumberAndNestingLimits("{\"n\": -" + "9".repeat(1000) + "}")).isTrue();
    assertThat(StoreLimits.withinNumberAndNestingLimits("{\"n\": " + "9".repeat(1001) + "}")).isFalse();
    assertThat(StoreLimits.withinNumberAndNestingLimits("{\"n\": 0." + "9".repeat(1000) + "}")).isFalse();
  }

  @Test
  void theScanForJacksonsBefore215KeepsNestingToTheStatedDepth() throws Exception {
    assertThat(StoreLimits.withinNumberAndNestingLimits("[".repeat(980) + "]".repeat(980))).isTrue();
    assertThat(StoreLimits.withinNumberAndNestingLimits("{\"a\":" + "[".repeat(980) + "]".repeat(980) + "}"))
        .isFalse();
  }
}
