package io.mlmeta.internal.http;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.internal.SdkVersion;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a connection to GMS, built from a {@link ConnectionConfig}: the OkHttp client, the retry
 * scheduler and the {@link HttpSender}, with the headers every request carries. Shared by the emitter and the
 * reader so that both retry, authenticate and time out the same way.
 */
public final class Transport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final ConnectionConfig config;
  private final OkHttpClient client;
  private final ScheduledThreadPoolExecutor scheduler;
  private final HttpSender sender;

  private Transport(ConnectionConfig config) {
    this.config = config;
    if (config.insecureSkipTlsVerification()) {
      LOG.warn("TLS verification is OFF for {} (insecureSkipTlsVerification): any certificate and host name is "
          + "accepted, so the traffic and the token can be read and changed on the way. Use it for a throw-away "
          + "test server only", config.server());
    }
    this.client = HttpClients.create(config.httpClient().orElse(null), config.connectTimeout(),
        config.readTimeout(), config.writeTimeout(), Math.max(64, config.maxInFlight()), config.maxInFlight(),
        config.server().regionMatches(true, 0, "http://", 0, 7), config.insecureSkipTlsVerification());
    this.scheduler = new ScheduledThreadPoolExecutor(1, HttpClients.daemonThreads("mlmeta-retry"));
    scheduler.setRemoveOnCancelPolicy(true);
    RetryPolicy retry = config.retryPolicy();
    CallPolicy policy = new CallPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff(),
        retry.retryStatuses(), retry.retryOnConnectionFailure(), config.deadline());
    TokenProvider tokens = config.tokenProvider().orElse(null);
    this.sender = new HttpSender(client, config.server(), fixedHeaders(), Headers.of(config.extraHeaders()),
        () -> tokens == null ? null : tokens.token(), () -> tokens != null && tokens.refresh(), policy, scheduler);
  }

  /** A transport for {@code config}. */
  public static Transport create(ConnectionConfig config) {
    return new Transport(config);
  }

  /** The scheduler retries wait on; also for the emitter's own timers. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** The sender requests go through. */
  public HttpSender sender() {
    return sender;
  }

  /** The settings. */
  public ConnectionConfig config() {
    return config;
  }

  /** Ends exchanges under way, stops the retry thread and (if the transport made its client) the connections. */
  @Override
  public void close() {
    sender.close();
    scheduler.shutdownNow();
    HttpClients.shutdown(client, config.httpClient().isEmpty());
  }

  private static Headers fixedHeaders() {
    return new Headers.Builder()
        .add("X-RestLi-Protocol-Version", "2.0.0")
        .add("Accept", "application/json")
        .add("User-Agent", SdkVersion.CLIENT_ID + "/" + SdkVersion.VERSION)
        .build();
  }
}
