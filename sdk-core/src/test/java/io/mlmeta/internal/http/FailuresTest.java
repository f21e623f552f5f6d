package io.mlmeta.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.error.DataHubAuthenticationException;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private final HttpCall call = new HttpCall("POST", "/aspects?action=ingestProposal", new byte[0],
      "urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD)", "status");

  @Test
  void statusesMapToTheirExceptions() {
    assertThat(Failures.serverError(401, "m", call, 1)).isInstanceOf(DataHubAuthenticationException.class);
    assertThat(Failures.serverError(403, "m", call, 1)).isInstanceOf(DataHubAuthenticationException.class);
    assertThat(Failures.serverError(400, "m", call, 1)).isInstanceOf(DataHubValidationException.class);
    assertThat(Failures.serverError(422, "m", call, 1)).isInstanceOf(DataHubValidationException.class);
    assertThat(Failures.serverError(422, "Expected version 1, actual version 2", call, 1))
        .isInstanceOf(DataHubConflictException.class);
    assertThat(Failures.serverError(412, "Precondition failed", call, 1)).isInstanceOf(DataHubConflictException.class);
    assertThat(Failures.serverError(500, "m", call, 1)).isExactlyInstanceOf(DataHubServerException.class);
  }

  @Test
  void transportFailureNamesTheRequestAndProposal() {
    DataHubTransportException e = (DataHubTransportException) Failures.toException(
        HttpOutcome.transport(new ConnectException("Connection refused"), 5), call);

    assertThat(e.attempts()).isEqualTo(5);
    assertThat(e.getMessage()).isEqualTo("POST /aspects?action=ingestProposal failed after 5 attempts: "
        + "(urn:li:dataset:(urn:li:dataPlatform:hive,a,PROD), aspect status) ConnectException: Connection refused; "
        + "the request did not reach the server");
  }

  @Test
  void aWriteWhoseConnectionBrokeAfterSendingMayHaveLanded() {
    DataHubTransportException e = (DataHubTransportException) Failures.toException(
        HttpOutcome.transport(new java.net.SocketException("Connection reset"), 1), call);

    assertThat(e.getMessage()).endsWith("SocketException: Connection reset; the outcome is unknown: it may have "
        + "been applied by the server before the answer was lost (sending an UPSERT again is safe)");
  }

  @Test
  void aFailedReadSaysNothingAboutLanding() {
    HttpCall read = new HttpCall("GET", "/aspects/x", null, "urn:li:corpuser:x", "status");
    DataHubTransportException e = (DataHubTransportException) Failures.toException(
        HttpOutcome.transport(new java.net.SocketException("Connection reset"), 1), read);

    assertThat(e.getMessage()).endsWith("SocketException: Connection reset");
  }
}
