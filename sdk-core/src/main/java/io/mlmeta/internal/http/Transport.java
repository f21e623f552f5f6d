package io.mlmeta.internal.http;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.config.TokenProvider;
import io.mlmeta.internal.SdkVersion;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a connection to GMS, built from a {@link ConnectionConfig}: the OkHttp client (its dispatcher
 * and, unless the config brings its own client, its connection pool), the retry scheduler and an
 * {@link HttpSender} with the headers every request carries, so that the emitter and the reader retry,
 * authenticate and time out the same way.
 *
 * <p><b>One per config object.</b> {@link #acquire} gives each holder (an emitter, a reader) a transport of its
 * own over the one connection made for that {@code ConnectionConfig} instance: its own sender, the shared OkHttp
 * client, pool and scheduler. So a {@code DataHubClient} has one OkHttp client, one connection pool and one retry
 * thread, and so have an emitter and a reader made from the same config. The key is the config's identity, not its
 * equality: the config is immutable, so the same object means the same settings for sure, and two configs built
 * separately stay apart even with equal settings, for a user who wants, say, a bulk writer's connections kept away
 * from an interactive reader's. The config is also the one thing {@code RestEmitter.create(config)} and
 * {@code RestReader.create(config)} both see (a transport in their signatures would show this internal type), hence
 * a share found by the config rather than a transport handed from one to the other. The dispatcher runs as many
 * requests at once as each holder's own dispatcher did, times the holders.
 *
 * <p><b>Closing.</b> {@link #close} releases this holder's share, once (closing again does nothing): it ends this
 * holder's exchanges under way, and nobody else's, so a reader keeps reading after the emitter of the same config
 * closed, and the other way round. The last share's close also cancels what is left on the dispatcher, stops the
 * dispatcher's threads and the retry thread, and evicts the connection pool if the transport made the client (a
 * caller's {@code OkHttpClient} keeps its pool and stays usable). A holder made after that gets a new connection.
 * Acquiring and releasing are thread-safe.
 */
public final class Transport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  /** The live connections by the config they were made for (identity); guarded by itself. */
  private static final Map<ConnectionConfig, Connection> LIVE = new IdentityHashMap<>();

  private final Connection connection;
  private final HttpSender sender;
  private final AtomicBoolean released = new AtomicBoolean();

  private Transport(Connection connection) {
    this.connection = connection;
    this.sender = connection.newSender();
  }

  /** A share of the transport for {@code config}: the live one made for this very object, or a new one. */
  public static Transport acquire(ConnectionConfig config) {
    synchronized (LIVE) {
      Connection connection = LIVE.get(config);
      if (connection == null) {
        connection = new Connection(config);
        LIVE.put(config, connection);
      }
      connection.holders++;
      connection.fitDispatcher();
      return new Transport(connection);
    }
  }

  /** How many shares of the live transport for {@code config} (this very object) are held; 0 when none is live. */
  static int holders(ConnectionConfig config) {
    synchronized (LIVE) {
      Connection connection = LIVE.get(config);
      return connection == null ? 0 : connection.holders;
    }
  }

  /** The scheduler retries wait on, shared by the holders; also for the emitter's own timers. */
  public ScheduledExecutorService scheduler() {
    return connection.scheduler;
  }

  /** This holder's sender: requests go through it, and {@link #close} ends the ones under way. */
  public HttpSender sender() {
    return sender;
  }

  /** The settings. */
  public ConnectionConfig config() {
    return connection.config;
  }

  /** The OkHttp client, shared by the holders. */
  OkHttpClient client() {
    return connection.client;
  }

  /** Releases this share (see the class description); idempotent. */
  @Override
  public void close() {
    if (!released.compareAndSet(false, true)) {
      return;
    }
    sender.close();
    boolean last;
    synchronized (LIVE) {
      last = --connection.holders == 0;
      if (last) {
        LIVE.remove(connection.config);
      } else {
        connection.fitDispatcher();
      }
    }
    if (last) {
      connection.shutdown();
    }
  }

  /** What the holders of one config share: the OkHttp client and the retry scheduler. */
  private static final class Connection {
    final ConnectionConfig config;
    final OkHttpClient client;
    final ScheduledThreadPoolExecutor scheduler;
    final CallPolicy policy;
    final Headers fixedHeaders = fixedHeaders();
    final Headers extraHeaders;
    /** Guarded by {@link #LIVE}. */
    int holders;

    Connection(ConnectionConfig config) {
      this.config = config;
      if (config.insecureSkipTlsVerification()) {
        LOG.warn("TLS verification is OFF for {} (insecureSkipTlsVerification): any certificate and host name is "
            + "accepted, so the traffic and the token can be read and changed on the way. Use it for a throw-away "
            + "test server only", config.server());
      }
      this.client = HttpClients.create(config.httpClient().orElse(null), config.connectTimeout(),
          config.readTimeout(), config.writeTimeout(), perHolderRequests(), config.maxInFlight(),
          config.server().regionMatches(true, 0, "http://", 0, 7), config.insecureSkipTlsVerification());
      this.scheduler = new ScheduledThreadPoolExecutor(1, HttpClients.daemonThreads("mlmeta-retry"));
      scheduler.setRemoveOnCancelPolicy(true);
      RetryPolicy retry = config.retryPolicy();
      this.policy = new CallPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.maxBackoff(),
          retry.retryStatuses(), retry.retryOnConnectionFailure(), config.deadline());
      this.extraHeaders = Headers.of(config.extraHeaders());
    }

    HttpSender newSender() {
      TokenProvider tokens = config.tokenProvider().orElse(null);
      return new HttpSender(client, config.server(), fixedHeaders, extraHeaders,
          () -> tokens == null ? null : tokens.token(), () -> tokens != null && tokens.refresh(), policy, scheduler);
    }

    /**
     * Requests the dispatcher runs at once: what each holder's own dispatcher allowed before they shared one, times
     * the holders, so that a reader's request never waits behind the emitter's in-flight ones.
     */
    void fitDispatcher() {
      int limit = (int) Math.min(Integer.MAX_VALUE, (long) perHolderRequests() * holders);
      client.dispatcher().setMaxRequests(limit);
      client.dispatcher().setMaxRequestsPerHost(limit);
    }

    private int perHolderRequests() {
      return Math.max(64, config.maxInFlight());
    }

    void shutdown() {
      scheduler.shutdownNow();
      HttpClients.shutdown(client, config.httpClient().isEmpty());
    }
  }

  private static Headers fixedHeaders() {
    return new Headers.Builder()
        .add("X-RestLi-Protocol-Version", "2.0.0")
        .add("Accept", "application/json")
        .add("User-Agent", SdkVersion.CLIENT_ID + "/" + SdkVersion.VERSION)
        .build();
  }
}
