package io.mlmeta.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.emit.RestEmitter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ConnectionConfig's checks, defaults, environment reading and redaction. */
class ConnectionConfigTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.dG9wLXNlY3JldA.sig";

  @Test
  void defaultsFollowDataHubsClients() {
    ConnectionConfig config = ConnectionConfig.builder().build();

    assertThat(config.server()).isEqualTo("http://localhost:8080");
    assertThat(config.tokenProvider()).isEmpty();
    assertThat(config.emitMode()).isEqualTo(EmitMode.SYNC_PRIMARY);
    assertThat(config.endpoint()).isEqualTo(Endpoint.RESTLI);
    assertThat(config.batchMaxProposals()).isEqualTo(200);
    assertThat(config.batchMaxBytes()).isEqualTo(15L * 1024 * 1024);
    assertThat(config.retryPolicy().maxAttempts()).isEqualTo(5);
    assertThat(config.retryPolicy().retryStatuses()).containsExactly(429, 500, 502, 503, 504);
    assertThat(config.deadline()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.backpressure()).isEqualTo(Backpressure.BLOCK);
  }

  @Test
  void asyncBatchingIsOnByDefaultAndToStringShowsIt() {
    ConnectionConfig config = ConnectionConfig.builder().build();

    assertThat(config.asyncBatching()).isTrue();
    assertThat(config.toString()).contains("asyncBatching=true");
    assertThat(ConnectionConfig.fromEnv(Map.of()).asyncBatching()).isTrue();
  }

  @Test
  void asyncBatchingCanBeTurnedOffAndToBuilderKeepsIt() {
    ConnectionConfig config = ConnectionConfig.builder().asyncBatching(false).build();

    assertThat(config.asyncBatching()).isFalse();
    assertThat(config.toString()).contains("asyncBatching=false");
    assertThat(config.toBuilder().build().asyncBatching()).isFalse();
  }

  @Test
  void trailingSlashOfTheServerIsDropped() {
    assertThat(ConnectionConfig.builder().server("https://datahub.example.com/api/gms/").build().server())
        .isEqualTo("https://datahub.example.com/api/gms");
  }

  @Test
  void serverWithoutHttpSchemeIsRefusedNamingTheValue() {
    assertThatThrownBy(() -> ConnectionConfig.builder().server("localhost:8080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'localhost:8080'").hasMessageContaining("http://");
  }

  @Test
  void tokenWithALineBreakIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ConnectionConfig.builder().token(TOKEN + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line break")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }

  @Test
  void emptyTokenIsRefused() {
    assertThatThrownBy(() -> TokenProvider.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void toStringsNeverShowTheToken() {
    ConnectionConfig config = ConnectionConfig.builder().token(TOKEN).putExtraHeader("X-Api-Key", "k-123").build();
    try (RestEmitter emitter = RestEmitter.create(config)) {
      assertThat(config.toString()).doesNotContain(TOKEN).doesNotContain("k-123").contains("redacted");
      assertThat(emitter.toString()).doesNotContain(TOKEN);
      assertThat(config.tokenProvider().orElseThrow().toString()).doesNotContain(TOKEN);
      assertThat(TokenProvider.refreshing(() -> TOKEN).toString()).doesNotContain(TOKEN);
    }
  }

  @Test
  void fromEnvReadsServerAndToken() {
    ConnectionConfig config = ConnectionConfig.fromEnv(Map.of(
        "DATAHUB_GMS_URL", "https://gms.example.com", "DATAHUB_GMS_TOKEN", TOKEN));

    assertThat(config.server()).isEqualTo("https://gms.example.com");
    assertThat(config.tokenProvider().orElseThrow().token()).isEqualTo(TOKEN);
  }

  @Test
  void fromEnvWithoutVariablesUsesLocalhostAndNoToken() {
    ConnectionConfig config = ConnectionConfig.fromEnv(Map.of("DATAHUB_GMS_TOKEN", ""));

    assertThat(config.server()).isEqualTo("http://localhost:8080");
    assertThat(config.tokenProvider()).isEmpty();
  }

  @Test
  void fromEnvIsASettingsValueAndItsBuilderKeepsWhatTheEnvironmentSaid() {
    ConnectionConfig config = ConnectionConfig.fromEnv(Map.of(
        "DATAHUB_GMS_URL", "https://gms.example.com", "DATAHUB_GMS_TOKEN", TOKEN)).toBuilder().maxInFlight(3).build();

    assertThat(config.server()).isEqualTo("https://gms.example.com");
    assertThat(config.tokenProvider()).isPresent();
    assertThat(config.maxInFlight()).isEqualTo(3);
  }

  @Test
  void fromEnvNamesTheVariableOfABadToken() {
    assertThatThrownBy(() -> ConnectionConfig.fromEnv(Map.of("DATAHUB_GMS_TOKEN", TOKEN + "\r\n")))
        .hasMessageContaining("DATAHUB_GMS_TOKEN").hasMessageContaining("line break")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
  }

  @Test
  void syncWaitOnRestliIsRefusedSayingItNeedsOpenApi() {
    assertThatThrownBy(() -> ConnectionConfig.builder().emitMode(EmitMode.SYNC_WAIT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OpenAPI");
  }

  @Test
  void asyncWaitOnRestliIsRefusedSayingItNeedsOpenApi() {
    assertThatThrownBy(() -> ConnectionConfig.builder().emitMode(EmitMode.ASYNC_WAIT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OpenAPI")
        .hasMessageContaining("ASYNC_WAIT");
    assertThat(ConnectionConfig.builder().emitMode(EmitMode.ASYNC_WAIT).endpoint(Endpoint.OPENAPI).build()
        .emitMode()).isEqualTo(EmitMode.ASYNC_WAIT);
  }

  @Test
  void syncWaitOnOpenApiIsAccepted() {
    assertThat(ConnectionConfig.builder().emitMode(EmitMode.SYNC_WAIT).endpoint(Endpoint.OPENAPI).build()
        .emitMode()).isEqualTo(EmitMode.SYNC_WAIT);
  }

  @Test
  void onlyTheModesTheSdkImplementsExist() {
    assertThat(EmitMode.values()).containsExactly(EmitMode.SYNC_PRIMARY, EmitMode.SYNC_WAIT, EmitMode.ASYNC,
        EmitMode.ASYNC_WAIT);
    assertThat(EmitMode.ASYNC.isAsync()).isTrue();
    assertThat(EmitMode.ASYNC_WAIT.isAsync()).as("the write is queued, then traced").isTrue();
    assertThat(EmitMode.SYNC_WAIT.isAsync()).isFalse();
  }

  @Test
  void extraHeaderWithALineBreakIsRefusedWithoutItsValue() {
    assertThatThrownBy(() -> ConnectionConfig.builder().putExtraHeader("X-Api-Key", "k-123\nX: y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Api-Key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("k-123"));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    ConnectionConfig config = ConnectionConfig.builder().server("http://gms:8080").token(TOKEN).maxInFlight(3)
        .emitMode(EmitMode.ASYNC).endpoint(Endpoint.OPENAPI).deadline(Duration.ofSeconds(9))
        .maxProposalBytes(1234).insecureSkipTlsVerification(true).build();

    assertThat(config.toBuilder().build().toString()).isEqualTo(config.toString());
    assertThat(config.toBuilder().build().maxProposalBytes()).isEqualTo(1234);
    assertThat(config.toBuilder().build().insecureSkipTlsVerification()).isTrue();
  }

  @Test
  void tlsIsVerifiedAndProposalsAreLimitedToWhatGmsTakesByDefault() {
    ConnectionConfig config = ConnectionConfig.builder().build();

    assertThat(config.insecureSkipTlsVerification()).isFalse();
    assertThat(config.toString()).doesNotContain("insecure");
    assertThat(config.maxProposalBytes()).isEqualTo(16_000_000L);
    assertThatThrownBy(() -> ConnectionConfig.builder().maxProposalBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxProposalBytes");
  }
}
