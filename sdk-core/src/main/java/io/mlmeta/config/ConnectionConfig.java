package io.mlmeta.config;

import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.RestEmitter;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * The settings of a connection to DataHub GMS, for {@code DataHubClient.connect}, a {@link RestEmitter} and a
 * {@code RestReader}: where GMS is, how to authenticate, timeouts and the total deadline per
 * request, retries, how many asynchronous requests may be under way and whether emitAsync batches (it does by
 * default, see {@link #asyncBatching()}), batch limits, the default {@link EmitMode} and the {@link Endpoint}.
 * Immutable; {@code toString()} never shows the token nor extra header values.
 *
 * <pre>{@code
 * ConnectionConfig config = ConnectionConfig.builder()
 *     .server("https://datahub.example.com/api/gms")
 *     .token(System.getenv("DATAHUB_GMS_TOKEN"))
 *     .deadline(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 */
public final class ConnectionConfig {
  /** The server used when none is given, {@value}. */
  public static final String DEFAULT_SERVER = "http://localhost:8080";
  /** The default {@link #maxProposalBytes()}: GMS refuses request bodies above {@value} bytes. */
  public static final long DEFAULT_MAX_PROPOSAL_BYTES = 16_000_000L;

  private final Builder b;
  private final Map<String, String> extraHeaders;

  private ConnectionConfig(Builder b) {
    this.b = b.copy();
    this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraHeaders));
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings from the environment as DataHub's clients read it: {@code DATAHUB_GMS_URL} (default
   * {@value #DEFAULT_SERVER}) and {@code DATAHUB_GMS_TOKEN} (absent or empty: no {@code Authorization} header), the
   * rest defaults. Change others with {@code fromEnv().toBuilder()}.
   *
   * @throws InvalidTokenException if the token is unusable (a line break, say); the message does not show it
   */
  public static ConnectionConfig fromEnv() {
    return fromEnv(System.getenv());
  }

  /** As {@link #fromEnv()}, reading the variables from {@code env} instead of the process environment. */
  public static ConnectionConfig fromEnv(Map<String, String> env) {
    return builderFromEnv(Objects.requireNonNull(env, "env")).build();
  }

  private static Builder builderFromEnv(Map<String, String> env) {
    Builder builder = new Builder();
    String server = env.get("DATAHUB_GMS_URL");
    builder.server(server == null || server.isEmpty() ? DEFAULT_SERVER : server);
    String token = env.get("DATAHUB_GMS_TOKEN");
    if (token != null && !token.isEmpty()) {
      builder.tokenProvider(new StaticTokenProvider(token, "DATAHUB_GMS_TOKEN"));
    }
    return builder;
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return b.copy();
  }

  /** The GMS base URL, without a trailing slash, e.g. {@code http://localhost:8080}. */
  public String server() {
    return b.server;
  }

  /** Where the token comes from; empty: no {@code Authorization} header. */
  public Optional<TokenProvider> tokenProvider() {
    return Optional.ofNullable(b.tokenProvider);
  }

  /** Headers added to every request after the SDK's own (so they can override them). */
  public Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  /** The connect timeout of one request. Default 10 s. */
  public Duration connectTimeout() {
    return b.connectTimeout;
  }

  /** The read timeout (between bytes of the answer) of one request. Default 30 s. */
  public Duration readTimeout() {
    return b.readTimeout;
  }

  /** The write timeout (between bytes of the request) of one request. Default 30 s. */
  public Duration writeTimeout() {
    return b.writeTimeout;
  }

  /** The time one emit (or batch) may take in all, retries and backoff included; also bounds close(). Default 60 s. */
  public Duration deadline() {
    return b.deadline;
  }

  /** When requests are repeated. */
  public RetryPolicy retryPolicy() {
    return b.retryPolicy;
  }

  /** How many asynchronous requests may be under way at once. Default 16. */
  public int maxInFlight() {
    return b.maxInFlight;
  }

  /**
   * What emitAsync does when it cannot take another proposal: when {@link #batchMaxProposals()} proposals wait for
   * the requests under way ({@link #asyncBatching()}, the default), or when {@link #maxInFlight()} requests are
   * under way (without asyncBatching). Default {@link Backpressure#BLOCK}.
   */
  public Backpressure backpressure() {
    return b.backpressure;
  }

  /**
   * Whether {@link RestEmitter#emitAsync} gathers proposals into batch requests while it is busy. Default true.
   *
   * <p>When true, a proposal emitted while none of emitAsync's requests is under way is sent at once, alone (an
   * {@code ingestProposal} request on Rest.li), so an idle emitter adds no delay. While requests are under way, the
   * next proposals wait, and each request that finishes sends what waits as one batch request
   * ({@code ingestProposalBatch} on Rest.li) of at most {@link #batchMaxProposals()} proposals and
   * {@link #batchMaxBytes()} bytes; a full batch goes at once if an in-flight slot is free, and so does what has
   * waited 10 ms (a request held up by a slow answer or a retry's backoff does not hold back what came after it). At
   * most {@link #maxInFlight()} requests are under way and at most {@code batchMaxProposals} proposals wait; then
   * {@link #backpressure()} applies. Every proposal's future completes with its own result: a batch refused with a 4xx
   * is narrowed down, as in {@link RestEmitter#emitAll}, so the other proposals land and the refused one fails naming
   * its URN and aspect. {@link EmitResult#attempts()} counts the requests of the batch that carried it.
   *
   * <p>Turn it off ({@code asyncBatching(false)}) for a server that does not offer {@code ingestProposalBatch}, or
   * when every emitAsync must be exactly one request of its own; then {@code backpressure} applies as soon as
   * {@code maxInFlight} requests are under way. Under load, one request per proposal is several times slower.
   */
  public boolean asyncBatching() {
    return b.asyncBatching;
  }

  /** The most proposals in one batch request. Default 200. */
  public int batchMaxProposals() {
    return b.batchMaxProposals;
  }

  /** The most bytes in one batch request body. Default 15 MiB (15,728,640). */
  public long batchMaxBytes() {
    return b.batchMaxBytes;
  }

  /**
   * The largest request the emitter sends for one proposal, in bytes; a larger proposal is refused before
   * anything is sent. Default {@value #DEFAULT_MAX_PROPOSAL_BYTES}, the request limit of GMS.
   */
  public long maxProposalBytes() {
    return b.maxProposalBytes;
  }

  /** How far a write must have gone before the server answers. Default {@link EmitMode#SYNC_PRIMARY}. */
  public EmitMode emitMode() {
    return b.emitMode;
  }

  /** Which write API is used. Default {@link Endpoint#RESTLI}. */
  public Endpoint endpoint() {
    return b.endpoint;
  }

  /** The caller's client, whose TLS, proxy and connection pool the emitter keeps; empty: the emitter makes one. */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(b.httpClient);
  }

  /**
   * Whether TLS certificates and host names are accepted without any check. Default false; see
   * {@link Builder#insecureSkipTlsVerification(boolean)}.
   */
  public boolean insecureSkipTlsVerification() {
    return b.insecureSkipTlsVerification;
  }

  @Override
  public String toString() {
    return "ConnectionConfig{server=" + b.server
        + ", token="
        + (b.tokenProvider == null ? "none" : "<redacted " + b.tokenProvider.getClass().getSimpleName() + ">")
        + ", extraHeaders=" + extraHeaders.keySet()
        + ", connectTimeout=" + b.connectTimeout + ", readTimeout=" + b.readTimeout + ", writeTimeout="
        + b.writeTimeout + ", deadline=" + b.deadline + ", retryPolicy=" + b.retryPolicy + ", maxInFlight="
        + b.maxInFlight + ", backpressure=" + b.backpressure + ", asyncBatching=" + b.asyncBatching
        + ", batchMaxProposals=" + b.batchMaxProposals
        + ", batchMaxBytes=" + b.batchMaxBytes + ", maxProposalBytes=" + b.maxProposalBytes + ", emitMode="
        + b.emitMode + ", endpoint=" + b.endpoint
        + ", httpClient=" + (b.httpClient == null ? "own" : "caller's")
        + (b.insecureSkipTlsVerification ? ", insecureSkipTlsVerification=true" : "") + "}";
  }

  /** Builds a {@link ConnectionConfig}; every setting has a default. Setters check their argument at once. */
  public static final class Builder {
    private String server = DEFAULT_SERVER;
    private TokenProvider tokenProvider;
    private Map<String, String> extraHeaders = new LinkedHashMap<>();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration deadline = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxInFlight = 16;
    private Backpressure backpressure = Backpressure.BLOCK;
    private boolean asyncBatching = true;
    private int batchMaxProposals = 200;
    private long batchMaxBytes = 15L * 1024 * 1024;
    private long maxProposalBytes = DEFAULT_MAX_PROPOSAL_BYTES;
    private EmitMode emitMode = EmitMode.SYNC_PRIMARY;
    private Endpoint endpoint = Endpoint.RESTLI;
    private OkHttpClient httpClient;
    private boolean insecureSkipTlsVerification;

    private Builder() {}

    /**
     * The GMS base URL, e.g. {@code http://localhost:8080} or {@code https://example.acryl.io/gms}; a trailing
     * slash is dropped.
     *
     * @throws IllegalArgumentException if it is not an http or https URL; the message quotes it
     */
    public Builder server(String server) {
      this.server = ServerUrl.normalize(server);
      return this;
    }

    /** A fixed token; null clears it. Checked as {@link TokenProvider#of} checks it. */
    public Builder token(String token) {
      this.tokenProvider = token == null ? null : TokenProvider.of(token);
      return this;
    }

    /** Where the token comes from; null: no {@code Authorization} header. */
    public Builder tokenProvider(TokenProvider tokenProvider) {
      this.tokenProvider = tokenProvider;
      return this;
    }

    /** Replaces the extra headers. */
    public Builder extraHeaders(Map<String, String> headers) {
      Map<String, String> copy = new LinkedHashMap<>();
      Objects.requireNonNull(headers, "headers")
          .forEach((name, value) -> copy.put(checkedHeaderName(name, value), value));
      this.extraHeaders = copy;
      return this;
    }

    /** Adds one extra header. */
    public Builder putExtraHeader(String name, String value) {
      extraHeaders.put(checkedHeaderName(name, value), value);
      return this;
    }

    /** The connect timeout of one request; zero means none. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = ConfigChecks.notNegative("connectTimeout", timeout);
      return this;
    }

    /** The read timeout of one request; zero means none. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = ConfigChecks.notNegative("readTimeout", timeout);
      return this;
    }

    /** The write timeout of one request; zero means none. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = ConfigChecks.notNegative("writeTimeout", timeout);
      return this;
    }

    /** The total time one emit or batch may take, retries included; must be positive. */
    public Builder deadline(Duration deadline) {
      ConfigChecks.notNegative("deadline", deadline);
      if (deadline.isZero()) {
        throw new IllegalArgumentException("deadline must be positive but was " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /** When requests are repeated; {@link RetryPolicy#none()} for never. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** How many asynchronous requests may be under way at once, at least 1. */
    public Builder maxInFlight(int maxInFlight) {
      this.maxInFlight = ConfigChecks.atLeastOne("maxInFlight", maxInFlight);
      return this;
    }

    /** What emitAsync does when maxInFlight requests are under way. */
    public Builder backpressure(Backpressure backpressure) {
      this.backpressure = Objects.requireNonNull(backpressure, "backpressure");
      return this;
    }

    /**
     * Whether emitAsync gathers the proposals that come while its requests are under way into batch requests
     * (an idle emitter still sends a proposal at once, alone). Default true; false sends exactly one request per
     * proposal, for a server without {@code ingestProposalBatch}. See {@link ConnectionConfig#asyncBatching()}.
     */
    public Builder asyncBatching(boolean asyncBatching) {
      this.asyncBatching = asyncBatching;
      return this;
    }

    /** The most proposals in one batch request, at least 1. */
    public Builder batchMaxProposals(int max) {
      this.batchMaxProposals = ConfigChecks.atLeastOne("batchMaxProposals", max);
      return this;
    }

    /** The most bytes in one batch request body, at least 1; a single larger proposal is still sent alone. */
    public Builder batchMaxBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("batchMaxBytes must be at least 1 but was " + max);
      }
      this.batchMaxBytes = max;
      return this;
    }

    /**
     * The largest request for one proposal, at least 1; a larger proposal is refused with an
     * {@link IllegalArgumentException} before anything is sent, instead of a late 413 or 500 from the server.
     * Raise it only if the server's limit was raised too.
     */
    public Builder maxProposalBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxProposalBytes must be at least 1 but was " + max);
      }
      this.maxProposalBytes = max;
      return this;
    }

    /** How far a write must have gone before the server answers. */
    public Builder emitMode(EmitMode emitMode) {
      this.emitMode = Objects.requireNonNull(emitMode, "emitMode");
      return this;
    }

    /** Which write API is used. */
    public Builder endpoint(Endpoint endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** The caller's client; the emitter derives its own from it with {@code newBuilder()}. Null: make one. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Turns off every TLS check: any certificate, self-signed or expired, and any host name is accepted, so that
     * anyone on the network path can read and change the traffic, token included. For a throw-away test server
     * only; for a private CA, pass an {@link #httpClient(OkHttpClient) OkHttpClient} that trusts it instead.
     * Default false. When true, creating an emitter or reader logs a warning.
     */
    public Builder insecureSkipTlsVerification(boolean skip) {
      this.insecureSkipTlsVerification = skip;
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException for {@link EmitMode#SYNC_WAIT} or {@link EmitMode#ASYNC_WAIT} on the Rest.li
     *     endpoint
     */
    public ConnectionConfig build() {
      if (emitMode == EmitMode.SYNC_WAIT && endpoint == Endpoint.RESTLI) {
        throw new IllegalArgumentException("emitMode SYNC_WAIT needs the OpenAPI endpoint (endpoint(Endpoint.OPENAPI)):"
            + " Rest.li cannot ask GMS to update the search index before answering");
      }
      if (emitMode == EmitMode.ASYNC_WAIT && endpoint == Endpoint.RESTLI) {
        throw new IllegalArgumentException("emitMode ASYNC_WAIT needs the OpenAPI endpoint (endpoint(Endpoint.OPENAPI))"
            + ": DataHub traces asynchronous writes made over OpenAPI only, not over Rest.li; use ASYNC to queue "
            + "writes over Rest.li without waiting for them");
      }
      return new ConnectionConfig(this);
    }

    private Builder copy() {
      Builder c = new Builder();
      c.server = server;
      c.tokenProvider = tokenProvider;
      c.extraHeaders = new LinkedHashMap<>(extraHeaders);
      c.connectTimeout = connectTimeout;
      c.readTimeout = readTimeout;
      c.writeTimeout = writeTimeout;
      c.deadline = deadline;
      c.retryPolicy = retryPolicy;
      c.maxInFlight = maxInFlight;
      c.backpressure = backpressure;
      c.asyncBatching = asyncBatching;
      c.batchMaxProposals = batchMaxProposals;
      c.batchMaxBytes = batchMaxBytes;
      c.maxProposalBytes = maxProposalBytes;
      c.emitMode = emitMode;
      c.endpoint = endpoint;
      c.httpClient = httpClient;
      c.insecureSkipTlsVerification = insecureSkipTlsVerification;
      return c;
    }

    private static String checkedHeaderName(String name, String value) {
      Objects.requireNonNull(name, "extra header name");
      Objects.requireNonNull(value, "value of extra header " + name);
      try {
        new Headers.Builder().add(name, value);
      } catch (IllegalArgumentException e) {
        // OkHttp's message may quote the value, which can be a secret: name the header only.
        throw new IllegalArgumentException("extra header '" + name + "' cannot be sent: its name or value holds a "
            + "character that HTTP headers cannot carry (line break, control or non-ASCII character)");
      }
      return name;
    }
  }
}
