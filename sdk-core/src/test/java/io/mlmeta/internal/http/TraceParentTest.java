package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trace id of a W3C traceparent header (upstream docs/advanced/api-tracing.md's example). */
class TraceParentTest {

  @Test
  void theTraceIdIsTheSecondField() {
    assertThat(TraceParent.traceId("00-00062c53a468cbd8077e7dd079846870-9199effb49910b4e-01"))
        .isEqualTo("00062c53a468cbd8077e7dd079846870");
  }

  @Test
  void aBareIdIsTakenAsItIs() {
    assertThat(TraceParent.traceId(" 00062c53a468cbd8077e7dd079846870 ")).isEqualTo("00062c53a468cbd8077e7dd079846870");
  }

  @Test
  void anythingThatIsNotHexIsNoTraceId() {
    assertThat(TraceParent.traceId(null)).isNull();
    assertThat(TraceParent.traceId("")).isNull();
    assertThat(TraceParent.traceId("00-../../config-01")).isNull();
    assertThat(TraceParent.traceId("00--9199effb49910b4e-01")).isNull();
  }
}
