package io.mlmeta.emit;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.config.Backpressure;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.EmitMode;
import io.mlmeta.config.Endpoint;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.internal.http.ConditionalRouting;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpOutcome;
import io.mlmeta.internal.http.HttpSender;
import io.mlmeta.internal.http.IngestRequests;
import io.mlmeta.internal.http.OpenApiRequests;
import io.mlmeta.internal.http.PendingWork;
import io.mlmeta.internal.http.RestliRequests;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.internal.http.Transport;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;

/**
 * An {@link Emitter} that sends proposals to DataHub's GMS over HTTP, on the Rest.li endpoint (default) or OpenAPI
 * v3. Requests are retried per the {@link RetryPolicy} within a total deadline; a 401 refreshes the token once;
 * {@link #emitAll} sends batches and narrows a rejected batch down to the proposals the server refused, so the
 * others still land. {@link #emitAsync} keeps at most {@link ConnectionConfig#maxInFlight()} requests under way and,
 * by default ({@link ConnectionConfig#asyncBatching()}), sends the proposals that come while it is busy together in
 * batch requests, each proposal keeping its own result; an idle emitter sends a proposal at once, alone.
 * {@link #emitAtomically} sends proposals that must be applied together in one request. A conditional write (a
 * proposal with an {@code If-Version-Match}, {@code If-Modified-Since}, {@code If-Unmodified-Since} or
 * {@code If-None-Match} header) always goes to Rest.li synchronously, whatever the endpoint and emit mode, so that
 * its condition is checked and a conflict reported (see {@link Endpoint#OPENAPI}).
 * Thread-safe; one OkHttp client per config object (see {@link #create}). Close it to flush and release its threads.
 *
 * <pre>{@code
 * try (RestEmitter emitter = RestEmitter.create(ConnectionConfig.builder()
 *     .server("http://localhost:8080")
 *     .token(System.getenv("DATAHUB_GMS_TOKEN"))
 *     .build())) {
 *   emitter.testConnection();
 *   emitter.emit(MetadataChangeProposal.upsert(datasetUrn, Status.of(false)));
 *   List<EmitResult> results = emitter.emitAll(proposals);
 *   results.stream().filter(r -> !r.isAcknowledged()).forEach(r -> log.warn("{}", r));
 * }
 * }</pre>
 */
public final class RestEmitter implements Emitter {
  private final ConnectionConfig config;
  private final Transport transport;
  private final HttpSender sender;
  private final IngestRequests requests;
  /** Synchronous Rest.li: for conditional writes and {@link #emitAtomically}, whatever the endpoint and mode. */
  private final RestliRequests syncRestli;
  private final PendingWork pending = new PendingWork();
  private final Batcher batcher;
  private final TraceStep traces;
  private final Object closeLock = new Object();
  private volatile ServerInfo serverInfo;
  private volatile boolean closed;

  private RestEmitter(ConnectionConfig config) {
    this.config = config;
    this.transport = Transport.acquire(config);
    this.sender = transport.sender();
    boolean async = config.emitMode().isAsync();
    boolean syncWait = config.emitMode() == EmitMode.SYNC_WAIT;
    IngestRequests plain = config.endpoint() == Endpoint.OPENAPI ? new OpenApiRequests(async, syncWait)
        : new RestliRequests(async);
    this.syncRestli = plain instanceof RestliRequests && !async ? (RestliRequests) plain
        : new RestliRequests(false, syncWait);
    this.requests = plain == syncRestli ? plain : new ConditionalRouting(plain, syncRestli);
    this.traces = new TraceStep(config, sender, transport.scheduler());
    this.batcher = new Batcher(config, requests, sender, pending, transport.scheduler(), traces);
  }

  /**
   * For {@link EmitMode#ASYNC_WAIT}: asks {@code GET /config} whether the server can trace writes, and closes this
   * emitter and throws if it cannot or cannot be asked.
   */
  private void requireTracing() {
    ServerInfo info;
    try {
      info = serverInfo();
    } catch (DataHubException e) {
      close(Duration.ZERO);
      throw new DataHubException("emitMode ASYNC_WAIT needs to know whether " + config.server() + " can trace "
          + "writes, and asking it failed: " + e.getMessage(), e);
    }
    if (!info.apiTracing()) {
      close(Duration.ZERO);
      throw new DataHubException("emitMode ASYNC_WAIT needs DataHub's write-tracing API (/openapi/v1/trace/write), "
          + "which DataHub has from version 1.0.1 and DataHub Cloud from 0.3.11; " + config.server() + " reports "
          + "version " + info.version().orElse("(none)") + info.serverEnv().map(e -> " (serverEnv " + e + ")")
          .orElse("") + ". Use EmitMode.ASYNC (queued, not traced) or SYNC_PRIMARY, or upgrade the server");
    }
  }

  /**
   * An emitter with {@code config}. Emitters and readers made from the same {@code config} object share one OkHttp
   * client, connection pool and retry thread while any of them is open (a {@code DataHubClient}'s emitter and
   * reader do); a config built separately, even with equal settings, gets its own. Closing one of them ends only
   * its own requests: the others go on working.
   *
   * <p>With {@link EmitMode#ASYNC_WAIT} this asks the server {@code GET /config} at once, on this thread, and
   * refuses a server whose version has no write-tracing API (DataHub before 1.0.1, DataHub Cloud before 0.3.11) or
   * that cannot be asked; no other mode makes a request here.
   *
   * @throws DataHubException with {@link EmitMode#ASYNC_WAIT}, if the server cannot trace writes or
   *     {@code GET /config} fails; the message says which
   */
  public static RestEmitter create(ConnectionConfig config) {
    RestEmitter emitter = new RestEmitter(Objects.requireNonNull(config, "config"));
    if (config.emitMode() == EmitMode.ASYNC_WAIT) {
      emitter.requireTracing();
    }
    return emitter;
  }

  /**
   * An emitter configured from {@code DATAHUB_GMS_URL} (default {@code http://localhost:8080}) and
   * {@code DATAHUB_GMS_TOKEN} (absent or empty: no {@code Authorization} header), everything else default.
   */
  public static RestEmitter fromEnv() {
    return create(ConnectionConfig.fromEnv());
  }

  static RestEmitter fromEnv(Map<String, String> env) {
    return create(ConnectionConfig.fromEnv(env));
  }

  /** This emitter's settings. */
  public ConnectionConfig config() {
    return config;
  }

  /**
   * Deletes {@code urn} and all its aspects for good: {@code POST /entities?action=delete}. Most code wants the
   * entity client's {@code hardDelete} or {@code softDelete} instead.
   *
   * @throws DataHubException naming the URN if the server refuses it or cannot be reached
   */
  public void hardDelete(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    byte[] body = ("{\"urn\":" + AspectCodec.valueToJson(urn.toString()) + "}").getBytes(StandardCharsets.UTF_8);
    send(new HttpCall("POST", "/entities?action=delete", body, urn.toString(), null));
  }

  /**
   * Checks that the server is a reachable GMS and accepts the token: {@code GET /config}.
   *
   * @throws io.mlmeta.error.DataHubAuthenticationException if the token is refused
   * @throws DataHubException if the server is not GMS (for example the DataHub frontend) or cannot be reached
   */
  public ServerInfo testConnection() {
    HttpOutcome outcome = send(new HttpCall("GET", "/config", null, null, null));
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(outcome.body());
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject() || !"true".equals(json.path("noCode").asText())) {
      throw new DataHubException("GET " + config.server() + "/config did not answer like GMS (no \"noCode\": "
          + "\"true\"): this is likely the DataHub frontend; use the GMS URL instead, e.g. http://<host>:8080 or "
          + "https://<host>/api/gms");
    }
    ServerInfo info = ServerInfo.fromConfig(json);
    serverInfo = info;
    return info;
  }

  /**
   * What the server said on {@code GET /config}, asked the first time it is needed (an {@link EmitMode#ASYNC_WAIT}
   * emitter asks when it is created) and remembered; {@link #testConnection()} asks again and remembers the new
   * answer. A failure is not remembered.
   *
   * @throws DataHubException as {@link #testConnection()}
   */
  public ServerInfo serverInfo() {
    ServerInfo known = serverInfo;
    return known != null ? known : testConnection();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the endpoint cannot carry the proposal or it is larger than
   *     {@link ConnectionConfig#maxProposalBytes()}; nothing is sent then
   */
  @Override
  public EmitResult emit(MetadataChangeProposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    ensureOpen();
    requests.check(proposal);
    CompletableFuture<EmitResult> result = sendOne(proposal);
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof DataHubException ? (DataHubException) e.getCause()
          : new DataHubException("emit of " + proposal.entityUrn() + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while waiting for GMS to acknowledge " + proposal.entityUrn() + " "
          + proposal.aspectName() + "; the request may still land", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>With {@link ConnectionConfig#asyncBatching()} (the default), a proposal emitted while none of emitAsync's
   * requests is under way is sent at once, alone ({@code ingestProposal}); otherwise it waits, and each request
   * that finishes sends what waits as one batch request ({@code ingestProposalBatch}, at most
   * {@link ConnectionConfig#batchMaxProposals()} proposals and {@link ConnectionConfig#batchMaxBytes()} bytes),
   * never more than {@link ConnectionConfig#maxInFlight()} requests at once. The future still completes with this
   * proposal's own result; a batch refused with a 4xx is narrowed down so that only the refused proposals fail.
   * Once {@code batchMaxProposals} proposals wait, {@link Backpressure#BLOCK} makes this call wait and
   * {@link Backpressure#REJECT} makes it throw {@link RejectedExecutionException}.
   *
   * <p>With {@code asyncBatching(false)} (for a server without {@code ingestProposalBatch}, or to send exactly one
   * request per proposal), each call sends one request; BLOCK waits and REJECT throws as soon as
   * {@code maxInFlight} requests are under way.
   *
   * <p>The future completes on an HTTP thread: do not block in its callbacks.
   *
   * @throws IllegalArgumentException if the endpoint cannot carry the proposal or it is larger than
   *     {@link ConnectionConfig#maxProposalBytes()}; nothing is sent then
   */
  @Override
  public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
    Objects.requireNonNull(proposal, "proposal");
    ensureOpen();
    requests.check(proposal);
    return config.asyncBatching() ? batcher.submit(proposal) : batcher.submitAlone(proposal);
  }

  /**
   * {@inheritDoc} Proposals are grouped in full batches of {@link ConnectionConfig#batchMaxProposals()} (or
   * {@link ConnectionConfig#batchMaxBytes()}), sent concurrently up to {@code maxInFlight} while the next ones are
   * encoded; only the last batch may be partial. This call waits for a free slot whatever the {@link Backpressure}.
   * It shares its queue and its {@code maxInFlight} with {@link #emitAsync}, so a bulk call and asynchronous emits
   * on other threads together never have more than {@code maxInFlight} requests under way. A proposal larger than
   * {@link ConnectionConfig#maxProposalBytes()}, or one that cannot be encoded, is not sent: its result is failed
   * with a {@link DataHubException} saying why, and the others are sent.
   *
   * @throws IllegalArgumentException before sending anything, if the endpoint cannot carry one of the proposals
   */
  @Override
  public List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals) {
    Objects.requireNonNull(proposals, "proposals");
    ensureOpen();
    List<MetadataChangeProposal> input = List.copyOf(proposals);
    input.forEach(requests::check);
    return batcher.submitAll(input, proposal -> { });
  }

  /**
   * {@inheritDoc} Proposals are encoded as they come, queued for the batches {@link #emitAll(Collection)} sends,
   * and the call blocks while {@link ConnectionConfig#batchMaxProposals()} proposals wait for a free in-flight
   * slot. So this call holds at most that many proposals, plus the batches under way, and the failed results,
   * however long the stream. A proposal the endpoint cannot carry fails its own result with the reason.
   */
  @Override
  public EmitSummary emitAll(Stream<MetadataChangeProposal> proposals) {
    Objects.requireNonNull(proposals, "proposals");
    ensureOpen();
    try (proposals) {
      return batcher.submitStream(proposals.iterator(), requests::check);
    }
  }

  /**
   * Sends {@code proposals} as one unit that GMS applies whole or not at all: every proposal is stamped, encoded and
   * size-checked before anything is sent, then they go in one request, {@code ingestProposalBatch} (or
   * {@code ingestProposal} for a single one) on Rest.li with {@code async: "false"}, whatever the
   * {@linkplain ConnectionConfig#endpoint() endpoint} and {@linkplain ConnectionConfig#emitMode() emit mode}. GMS
   * writes the aspects of one synchronous request in one database transaction and refuses all of them when one fails
   * its validation or precondition (a version mismatch, a CREATE_ENTITY of an entity that exists): the request
   * fails with 422 and nothing is written. The request is retried as a whole per the {@link RetryPolicy}, never
   * narrowed down or split. Asynchronous writes are queued proposal by proposal and checked later, and the OpenAPI
   * routes do not honour conditional writes (see {@link Endpoint#OPENAPI}), so neither is used here; with
   * {@link EmitMode#SYNC_WAIT} each proposal carries the sync-index header in its MCP headers instead.
   *
   * <p>Timeseries aspects (run events) are not versioned and GMS writes them outside that transaction, before it; so
   * they go in a second request, once the first is acknowledged. If that one fails, the other aspects stay written
   * and the exception is the second request's.
   *
   * @return one acknowledged result per proposal, in order
   * @throws IllegalArgumentException before anything is sent, naming the URN and aspect: a proposal cannot be
   *     encoded or is larger than {@link ConnectionConfig#maxProposalBytes()}, or the proposals are more than
   *     {@link ConnectionConfig#batchMaxProposals()} or {@link ConnectionConfig#batchMaxBytes()} together
   * @throws DataHubException if the request was not acknowledged; for an answer from the server (a
   *     {@link io.mlmeta.error.DataHubServerException}) none of the proposals was written
   */
  public List<EmitResult> emitAtomically(Collection<MetadataChangeProposal> proposals) {
    Objects.requireNonNull(proposals, "proposals");
    ensureOpen();
    return new AtomicWrite(List.copyOf(proposals), syncRestli, sender, pending, config).run();
  }

  @Override
  public void flush() {
    try {
      pending.whenAllDone().get();
    } catch (ExecutionException e) {
      throw new AssertionError("whenAllDone never fails", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while flushing; " + pending.size() + " proposals still pending", e);
    }
  }

  /**
   * Flushes, waiting at most the {@linkplain ConnectionConfig#deadline() deadline}, then fails what is still
   * pending with a {@link DataHubTransportException} saying the emitter closed, and releases its share of the
   * connection: the last emitter or reader of the config to close stops the threads and (if the SDK made the OkHttp
   * client) closes the connections. Idempotent.
   */
  @Override
  public void close() {
    close(config.deadline());
  }

  void close(Duration maxWait) {
    synchronized (closeLock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      pending.await(maxWait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    batcher.close();
    sender.close();
    pending.failAll();
    transport.close();
  }

  @Override
  public String toString() {
    return "RestEmitter{server=" + config.server() + ", endpoint=" + config.endpoint() + ", emitMode="
        + config.emitMode() + ", token=" + (config.tokenProvider().isPresent() ? "<redacted>" : "none")
        + (closed ? ", closed" : "") + "}";
  }

  /** Sends one proposal on this thread: its caller waits anyway. */
  private CompletableFuture<EmitResult> sendOne(MetadataChangeProposal proposal) {
    MetadataChangeProposal stamped = Stamp.stamp(proposal, System.currentTimeMillis());
    HttpCall call = requests.single(stamped, requests.encode(stamped));
    checkSize(stamped, call.bodyLength(), config);
    CompletableFuture<EmitResult> result = new CompletableFuture<>();
    pending.track(result, () -> closedFailure(call));
    sender.sendOnThisThread(call).whenComplete((outcome, error) -> traces.settle(
        List.of(resultOf(proposal, call, outcome, error, requests))).thenAccept(settled -> {
          if (settled.get(0).isAcknowledged()) {
            result.complete(settled.get(0));
          } else {
            result.completeExceptionally(settled.get(0).failure().get());
          }
        }));
    return result;
  }

  /**
   * What {@code proposal}'s own request {@code call} ended as: acknowledged (after the answer's body was inspected),
   * or failed with the server's answer as an exception, or with {@code error} when there was no answer.
   */
  static EmitResult resultOf(MetadataChangeProposal proposal, HttpCall call, HttpOutcome outcome, Throwable error,
      IngestRequests requests) {
    if (error != null) {
      return EmitResult.failed(proposal, 0, new DataHubException(call + " failed: " + error, error));
    }
    if (outcome.isSuccess()) {
      requests.inspectSuccess(call, outcome.body());
      return EmitResult.acknowledged(proposal, outcome.attempts(), outcome.traceId());
    }
    return EmitResult.failed(proposal, outcome.attempts(), Failures.toException(outcome, call));
  }

  /**
   * Refuses a proposal whose request would exceed {@link ConnectionConfig#maxProposalBytes()}: the server would
   * refuse it late (413 or 500), after retries; here nothing is sent.
   */
  static void checkSize(MetadataChangeProposal mcp, long requestBytes, ConnectionConfig config) {
    if (requestBytes > config.maxProposalBytes()) {
      throw new IllegalArgumentException(mcp.entityUrn() + " " + mcp.aspectName() + " is " + requestBytes
          + " bytes on the wire, above maxProposalBytes " + config.maxProposalBytes() + " (GMS refuses requests "
          + "above " + ConnectionConfig.DEFAULT_MAX_PROPOSAL_BYTES + " bytes unless its limit was raised); it was "
          + "not sent. Make the aspect smaller, e.g. link large documents instead of embedding them");
    }
  }

  static DataHubTransportException closedFailure(HttpCall call) {
    return new DataHubTransportException(call.method(), call.path(), 0, (call.urn() == null ? ""
        : "(" + call.urn() + ", aspect " + call.aspectName() + ") ")
        + "the emitter was closed before the request was acknowledged", null);
  }

  /** Sends one call outside the proposal paths and waits for it; a failed answer is thrown as its exception. */
  private HttpOutcome send(HttpCall call) {
    ensureOpen();
    HttpOutcome outcome = await(sender.send(call), call.method() + " " + call.path());
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
    return outcome;
  }

  private static <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new DataHubException(what + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while waiting for " + what, e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this RestEmitter is closed");
    }
  }

}
