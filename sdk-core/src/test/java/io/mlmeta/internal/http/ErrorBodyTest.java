package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorBodyTest {
  @Test
  void restliMessageWithoutTheStackTrace() {
    assertThat(ErrorBody.message("{\"exceptionClass\": \"x\", \"stackTrace\": \"at a.b.C\", \"message\": \"bad\","
        + " \"status\": 422}")).isEqualTo("bad");
  }

  @Test
  void openApiErrorAndMessageTogether() {
    assertThat(ErrorBody.message("{\"error\": \"Precondition failed\", \"message\": \"Expected version 1, actual "
        + "version 2\"}")).isEqualTo("Precondition failed: Expected version 1, actual version 2");
  }

  @Test
  void openApiErrorAlone() {
    assertThat(ErrorBody.message("{\"error\": \"Unauthorized\"}")).isEqualTo("Unauthorized");
  }

  @Test
  void jsonWithoutMessageIsShownWithoutItsStackTrace() {
    assertThat(ErrorBody.message("{\"status\": 500, \"stackTrace\": \"at x\"}")).isEqualTo("{\"status\":500}");
  }

  @Test
  void textIsCollapsedAndCut() {
    String message = ErrorBody.message("<html>\n  <body>" + "y".repeat(1000) + "</body></html>");

    assertThat(message).startsWith("<html> <body>yyy").endsWith("...").hasSize(ErrorBody.MAX_TEXT + 3);
  }

  @Test
  void emptyBodyHasNoMessage() {
    assertThat(ErrorBody.message("  ")).isEmpty();
  }
}
