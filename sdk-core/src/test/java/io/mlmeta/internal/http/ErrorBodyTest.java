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

  @Test
  void dataHubErrorsAreRestliOpenApiAndSpringShapes() {
    assertThat(ErrorBody.isDataHubError("{\"exceptionClass\": \"com.linkedin.restli.server.RestLiServiceException\"}"))
        .isTrue();
    assertThat(ErrorBody.isDataHubError("{\"status\": 404}")).isTrue();
    assertThat(ErrorBody.isDataHubError("{\"error\": \"Not Found\", \"path\": \"/openapi/v3/x\"}")).isTrue();
  }

  @Test
  void otherBodiesAreNotDataHubErrors() {
    assertThat(ErrorBody.isDataHubError("<!DOCTYPE HTML><html><body>File not found</body></html>")).isFalse();
    assertThat(ErrorBody.isDataHubError("404 page not found")).isFalse();
    assertThat(ErrorBody.isDataHubError("")).isFalse();
    assertThat(ErrorBody.isDataHubError(null)).isFalse();
    assertThat(ErrorBody.isDataHubError("{\"value\": \"success\"}")).isFalse();
    assertThat(ErrorBody.isDataHubError("{\"message\": \"Not Found\"}")).as("any JSON API says so").isFalse();
  }

  @Test
  void aForeignHtmlPageIsShownAsItsTextWithoutHeadNorTags() {
    assertThat(ErrorBody.foreignText("<!DOCTYPE HTML>\n<html lang=\"en\">\n <head>\n <title>Error response</title>\n"
        + " </head>\n <body>\n <h1>Error response</h1>\n <p>Message: Unsupported method (&#x27;POST&#x27;).</p>\n"
        + " <!-- x --></body>\n</html>\n")).isEqualTo("Error response Message: Unsupported method ('POST').");
  }

  @Test
  void aForeignTextIsCut() {
    assertThat(ErrorBody.foreignText("x".repeat(1000))).hasSize(ErrorBody.MAX_FOREIGN_TEXT + 3).endsWith("...");
  }
}
