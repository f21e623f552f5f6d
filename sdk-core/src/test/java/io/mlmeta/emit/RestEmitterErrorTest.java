package io.mlmeta.emit;

import static io.mlmeta.emit.MockGms.ok;
import static io.mlmeta.emit.MockGms.restliError;
import static io.mlmeta.emit.MockGms.status;
import static io.mlmeta.emit.MockGms.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.error.DataHubAuthenticationException;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubValidationException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a RestEmitter reports the server's refusals (wire.md section 1.3, DESIGN "Errors"). */
class RestEmitterErrorTest extends MockGmsTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig";

  @Test
  void restliValidationErrorCarriesServerMessageStatusUrnAndAspect() {
    server.enqueue(status(422, restliError(422, "Failed to validate record with class com.linkedin.common.Status")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      DataHubValidationException e = catchThrowableOfType(DataHubValidationException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.status()).isEqualTo(422);
      assertThat(e.serverMessage()).isEqualTo("Failed to validate record with class com.linkedin.common.Status");
      assertThat(e.urn()).hasValue("urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)");
      assertThat(e.aspectName()).hasValue("status");
      assertThat(e.method()).isEqualTo("POST");
      assertThat(e.path()).isEqualTo("/aspects?action=ingestProposal");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).contains("Failed to validate record").doesNotContain("stackTrace", "\tat ");
    }
  }

  @Test
  void versionConflictOn422IsAConflict() {
    server.enqueue(status(422, restliError(422, "Expected version 3, actual version 4")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      DataHubConflictException e = catchThrowableOfType(DataHubConflictException.class,
          () -> emitter.emit(MockGms.status("churn").withHeader("If-Version-Match", "3")));

      assertThat(e.expectedVersion()).hasValue("3");
      assertThat(e.actualVersion()).hasValue("4");
    }
  }

  @Test
  void badRequestIsAValidationError() {
    server.enqueue(status(400, restliError(400, "Unknown aspect staus")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOf(DataHubValidationException.class).hasMessageContaining("Unknown aspect staus");
    }
  }

  @Test
  void unauthorizedRefreshesTheTokenOnceAndRetries() throws Exception {
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    server.enqueue(ok());
    CountingProvider tokens = new CountingProvider();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).tokenProvider(tokens).build())) {
      EmitResult result = emitter.emit(MockGms.status("churn"));

      assertThat(result.isAcknowledged()).isTrue();
      assertThat(result.attempts()).isEqualTo(2);
    }
    assertThat(tokens.refreshes.get()).isEqualTo(1);
    assertThat(take(server).getHeader("Authorization")).isEqualTo("Bearer old-token");
    assertThat(take(server).getHeader("Authorization")).isEqualTo("Bearer new-token");
  }

  @Test
  void unauthorizedTwiceFailsAfterOneRefresh() {
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    CountingProvider tokens = new CountingProvider();
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).tokenProvider(tokens).build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOf(DataHubAuthenticationException.class);
    }
    assertThat(tokens.refreshes.get()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void unauthorizedWithAFixedTokenFailsAtOnceWithoutShowingTheToken() {
    server.enqueue(status(401, restliError(401, "Invalid token " + "eyJhbGciOiJIUzI1NiJ9...")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token(TOKEN).build())) {
      DataHubAuthenticationException e = catchThrowableOfType(DataHubAuthenticationException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.status()).isEqualTo(401);
      assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("c2VjcmV0");
      assertThat(String.valueOf(e)).doesNotContain(TOKEN);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void unauthorizedWithoutATokenSaysNoneWasSentAndHowToSetOne() {
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      DataHubAuthenticationException e = catchThrowableOfType(DataHubAuthenticationException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.getMessage()).contains("no token was sent", "DATAHUB_GMS_TOKEN",
          "ConnectionConfig.Builder.token(..)", "The server said: Unauthorized").doesNotContain("refused");
      assertThat(e.serverMessage()).isEqualTo("Unauthorized");
    }
  }

  @Test
  void unauthorizedWithATokenSaysItWasRefusedWithoutShowingIt() {
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    server.enqueue(status(401, restliError(401, "Unauthorized")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token(TOKEN).build())) {
      DataHubAuthenticationException e = catchThrowableOfType(DataHubAuthenticationException.class,
          emitter::testConnection);

      assertThat(e.getMessage()).contains("the token sent was refused", "DATAHUB_GMS_TOKEN",
          "ConnectionConfig.Builder.token(..)").doesNotContain("no token", TOKEN, "c2VjcmV0");
      e = catchThrowableOfType(DataHubAuthenticationException.class, () -> emitter.emit(MockGms.status("churn")));
      assertThat(e.getMessage()).contains("the token sent was refused").doesNotContain(TOKEN);
    }
  }

  @Test
  void badTokenFromASupplierFailsTheEmitWithoutShowingIt() {
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server)
        .tokenProvider(TokenProvider.refreshing(() -> TOKEN + "\n")).build())) {
      assertThatThrownBy(() -> emitter.emit(MockGms.status("churn")))
          .isInstanceOf(DataHubException.class).hasMessageContaining("line break")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void forbiddenIsAnAuthenticationErrorAndIsNotRetried() {
    server.enqueue(status(403, restliError(403,
        "User urn:li:corpuser:bot is unauthorized to modify entity: HttpStatus: 403")));
    server.enqueue(ok());
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).token(TOKEN).build())) {
      DataHubAuthenticationException e = catchThrowableOfType(DataHubAuthenticationException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e.status()).isEqualTo(403);
      assertThat(e.serverMessage()).startsWith("User urn:li:corpuser:bot is unauthorized");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlErrorPageIsReportedByItsFirstCharacters() {
    String page = "<html><head><title>500 Internal Server Error</title></head><body>"
        + "x".repeat(2000) + "</body></html>";
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "text/html").setBody(page));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).retryPolicy(RetryPolicy.none()).build())) {
      DataHubServerException e = catchThrowableOfType(DataHubServerException.class,
          () -> emitter.emit(MockGms.status("churn")));

      assertThat(e).isExactlyInstanceOf(DataHubServerException.class);
      assertThat(e.status()).isEqualTo(500);
      assertThat(e.serverMessage()).startsWith("<html><head><title>500 Internal Server Error").hasSizeLessThan(520);
    }
  }

  @ParameterizedTest(name = "asyncBatching={0}")
  @ValueSource(booleans = {true, false})
  void failedAsyncEmitFailsItsFutureWithTheDataHubExceptionItself(boolean asyncBatching) throws Exception {
    server.enqueue(status(422, restliError(422, "bad")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).asyncBatching(asyncBatching).build())) {
      Throwable failure = emitter.emitAsync(MockGms.status("churn")).handle((r, e) -> e).get();

      assertThat(failure).isInstanceOf(DataHubValidationException.class);
      DataHubValidationException e = (DataHubValidationException) failure;
      assertThat(e.urn()).hasValue("urn:li:dataset:(urn:li:dataPlatform:hive,churn,PROD)");
      assertThat(e.aspectName()).hasValue("status");
      assertThat(e.attempts()).isEqualTo(1);
    }
  }

  @Test
  void emitAllReportsFailuresInResultsInsteadOfThrowing() {
    server.enqueue(status(403, restliError(403, "no")));
    try (RestEmitter emitter = RestEmitter.create(MockGms.config(server).build())) {
      EmitResult result = emitter.emitAll(java.util.List.of(MockGms.status("churn"))).get(0);

      assertThat(result.isAcknowledged()).isFalse();
      assertThat(result.failure()).get().isInstanceOf(DataHubAuthenticationException.class);
      assertThatThrownBy(result::orThrow).isInstanceOf(DataHubException.class);
    }
  }

  private static final class CountingProvider implements TokenProvider {
    final AtomicInteger refreshes = new AtomicInteger();
    private volatile String token = "old-token";

    @Override
    public String token() {
      return token;
    }

    @Override
    public boolean refresh() {
      refreshes.incrementAndGet();
      token = "new-token";
      return true;
    }
  }
}
