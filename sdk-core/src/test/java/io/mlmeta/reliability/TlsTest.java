package io.mlmeta.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mlmeta.aspect.Status;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.RestReader;
import io.mlmeta.testing.MockServers;
import io.mlmeta.urn.DatasetUrn;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GMS over HTTPS with a self-signed certificate: trusted through the caller's OkHttpClient it works; without that
 * trust it fails at once (no retry can cure a certificate) with a transport exception saying what to do; nothing
 * skips certificate checks unless {@code insecureSkipTlsVerification(true)} is asked for, which warns.
 */
class TlsTest {
  private static final MetadataChangeProposal MCP =
      MetadataChangeProposal.upsert(DatasetUrn.of("hive", "tls"), Status.of(false));

  private static final HeldCertificate LOCALHOST = new HeldCertificate.Builder().commonName("localhost")
      .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();
  private final MockWebServer server = MockServers.noDelay();

  @BeforeEach
  void start() throws IOException {
    HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(LOCALHOST).build();
    server.useHttps(serverCerts.sslSocketFactory(), false);
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
        // GMS's answers: "not found" (its error body) to every read, success to every write.
        boolean get = request.getMethod().equals("GET");
        return new MockResponse().setResponseCode(get ? 404 : 200)
            .setBody(get ? MockServers.restliError(404, "Not Found") : "{\"value\":\"success\"}");
      }
    });
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void aCallersClientTrustingTheCertificateWorks() {
    HandshakeCertificates trust = new HandshakeCertificates.Builder()
        .addTrustedCertificate(LOCALHOST.certificate()).build();
    OkHttpClient client = new OkHttpClient.Builder()
        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
    ConnectionConfig config = config().httpClient(client).build();

    try (RestEmitter emitter = RestEmitter.create(config); RestReader reader = RestReader.create(config)) {
      assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
      assertThat(reader.getAspect(MCP.entityUrn(), Status.TYPE)).isEmpty();
    }
  }

  @Test
  void anUntrustedCertificateFailsAtOnceWithAClearTransportException() {
    try (RestEmitter emitter = RestEmitter.create(config().build());
        RestReader reader = RestReader.create(config().build())) {
      for (Throwable e : List.of(catchThrowable(() -> emitter.emit(MCP)),
          catchThrowable(() -> reader.getAspect(MCP.entityUrn(), Status.TYPE)))) {
        assertThat(e).isInstanceOf(DataHubTransportException.class)
            .hasMessageContaining("SSLHandshakeException")
            .hasMessageContaining("TLS certificate is not trusted")
            .hasMessageContaining("httpClient");
        assertThat(((DataHubTransportException) e).attempts()).as("no retry can cure a certificate").isEqualTo(1);
      }
      assertThat(catchThrowable(() -> emitter.emit(MCP))).hasMessageContaining("did not reach the server");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTrustedCertificateForAnotherHostIsRefused() {
    HeldCertificate other = new HeldCertificate.Builder().commonName("example.com")
        .addSubjectAlternativeName("example.com").build();
    HandshakeCertificates trust = new HandshakeCertificates.Builder().addTrustedCertificate(other.certificate())
        .addTrustedCertificate(LOCALHOST.certificate()).build();
    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(other).build().sslSocketFactory(), false);
    OkHttpClient client = new OkHttpClient.Builder()
        .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
    try (RestEmitter emitter = RestEmitter.create(config().httpClient(client).build())) {
      Throwable e = catchThrowable(() -> emitter.emit(MCP));

      assertThat(e).isInstanceOf(DataHubTransportException.class).hasMessageContaining("not verified")
          .hasMessageContaining("TLS certificate");
      assertThat(((DataHubTransportException) e).attempts()).isEqualTo(1);
    }
  }

  @Test
  void insecureSkipTlsVerificationIsOffByDefaultAndWhenAskedForWorksAndWarnsOnce() {
    assertThat(ConnectionConfig.builder().build().insecureSkipTlsVerification()).isFalse();
    Logger logger = Logger.getLogger("io.mlmeta");
    List<LogRecord> warnings = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel() == Level.WARNING) {
          synchronized (warnings) {
            warnings.add(record);
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try {
      ConnectionConfig config = config().insecureSkipTlsVerification(true).build();
      try (RestEmitter emitter = RestEmitter.create(config)) {
        assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
        assertThat(emitter.emit(MCP).isAcknowledged()).isTrue();
      }
      assertThat(config.toString()).contains("insecureSkipTlsVerification=true");
      List<String> messages;
      synchronized (warnings) {
        messages = warnings.stream().map(LogRecord::getMessage).collect(Collectors.toList());
      }
      assertThat(messages).hasSize(1);
      assertThat(messages.get(0)).contains("TLS verification is OFF");
    } finally {
      logger.removeHandler(handler);
    }
  }

  private ConnectionConfig.Builder config() {
    return ConnectionConfig.builder().server(server.url("/").toString()).deadline(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
            .build());
  }
}
