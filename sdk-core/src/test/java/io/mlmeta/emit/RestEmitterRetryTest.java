package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.ok;
import static io.mlmeta.emit.MockGms.restliError;
import static io.mlmeta.emit.MockGms.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubTransportException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Retries, backoff, Retry-After, timeouts and the total deadline of a RestEmitter. */
class RestEmitterRetryTest extends MockGmsTest {

  @Test
  void tooManyRequestsWaitsForRetryAfterThenSucceeds() {
    server.enqueue(status(429, restliError(429, "slow down")).setHeader("Retry-After", "1"));
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      long start = System.nanoTime();
      EmitResult result = emitter.emit(MockGms.status("churn"));
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(result.attempts()).isEqualTo(2);
      assertThat(elapsedMillis).isBetween(900L, 3000L);
    }
  }

  @Test
  void unavailableTwiceThenSuccessTakesThreeAttempts() {
    server.enqueue(status(503, restliError(503, "unavailable")));
    server.enqueue(status(503, restliError(503, "unavailable")));
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      EmitResult result = emitter.emit(MockGms.status("churn"));

      assertThat(result.isAcknowledged()).isTrue();
      assertThat(result.attempts()).isEqualTo(3);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesStopAtMaxAttemptsWithTheLastAnswer() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(502, restliError(502, "bad gateway")));
    }
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server)
        .retryPolicy(MockGms.config(server).build().retryPolicy().toBuilder().maxAttempts(3).build()).build())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.status()).isEqualTo(502);
      assertThat(e.attempts()).isEqualTo(3);
    }
  }

  @Test
  void disconnectAtStartIsRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.emit(MockGms.status("churn")).isAcknowledged()).isTrue();
    }
  }

  @Test
  void disconnectAfterTheRequestIsRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThat(emitter.emit(MockGms.status("churn")).isAcknowledged()).isTrue();
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void answerSlowerThanTheReadTimeoutIsATransportFailure() {
    server.enqueue(ok().setHeadersDelay(500, TimeUnit.MILLISECONDS));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.none()).build())) {
      DataHubTransportException e = catchThrowableOfType(DataHubTransportException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.path()).isEqualTo("/aspects?action=ingestProposal");
      assertThat(e.getMessage()).containsIgnoringCase("timeout").contains("urn:li:dataset:");
    }
  }

  @Test
  void exhaustedDeadlineIsATransportFailureNamingTheDeadline() {
    server.enqueue(ok().setHeadersDelay(1, TimeUnit.SECONDS));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).deadline(Duration.ofMillis(300))
        .readTimeout(Duration.ofSeconds(10)).build())) {
      long start = System.nanoTime();
      DataHubTransportException e = catchThrowableOfType(DataHubTransportException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.getMessage()).contains("deadline of 300 ms ran out");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(900);
    }
  }

  @Test
  void retryAfterBeyondTheDeadlineGivesUpAtOnceWithTheLastAnswer() {
    server.enqueue(status(503, restliError(503, "maintenance")).setHeader("Retry-After", "120"));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).deadline(Duration.ofSeconds(2)).build())) {
      DataHubTransportException e = catchThrowableOfType(DataHubTransportException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.getMessage()).contains("deadline of 2000 ms").contains("HTTP 503: maintenance");
      assertThat(e.getCause()).isInstanceOf(DataHubServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
