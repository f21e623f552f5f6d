package io.mlmeta.internal.http;

import io.mlmeta.error.DataHubException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link HttpCall}s asynchronously on OkHttp's {@code enqueue}, with retries scheduled on a scheduler (no
 * thread sleeps), one token refresh on HTTP 401, and a total deadline per call. Every returned future completes
 * normally with an {@link HttpOutcome}. The token is never logged.
 */
public final class HttpSender {
  private static final Logger LOG = LoggerFactory.getLogger(HttpSender.class);
  /** A failure this close to the deadline is taken as the deadline's call timeout firing. */
  private static final long DEADLINE_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
  /** Read paths name URNs, so only so many are kept. */
  private static final int MAX_CACHED_URLS = 32;

  private final OkHttpClient client;
  private final String base;
  private final Headers fixedHeaders;
  private final Headers extraHeaders;
  private final Supplier<String> token;
  private final BooleanSupplier refresh;
  private final CallPolicy policy;
  private final ScheduledExecutorService scheduler;
  private final Set<Exchange> open = ConcurrentHashMap.newKeySet();
  /** Parsed URLs of the first paths seen (the ingest endpoints among them), so that a request does not parse one. */
  private final Map<String, HttpUrl> urls = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * A sender to {@code base} (no trailing slash). {@code token} gives the token to send (null: none); {@code refresh}
   * is called after a 401 and says whether a new token is ready.
   */
  public HttpSender(OkHttpClient client, String base, Headers fixedHeaders, Headers extraHeaders,
      Supplier<String> token, BooleanSupplier refresh, CallPolicy policy, ScheduledExecutorService scheduler) {
    this.client = client;
    this.base = base;
    this.fixedHeaders = fixedHeaders;
    this.extraHeaders = extraHeaders;
    this.token = token;
    this.refresh = refresh;
    this.policy = policy;
    this.scheduler = scheduler;
  }

  /** Sends {@code call}, retrying per the policy. */
  public CompletableFuture<HttpOutcome> send(HttpCall call) {
    Exchange exchange = new Exchange(call, false);
    open.add(exchange);
    exchange.attempt();
    return exchange.result;
  }

  /**
   * Sends {@code call} as {@link #send} does and waits for its outcome, for readers that block.
   *
   * @throws DataHubException if the thread is interrupted meanwhile (the flag is kept), or the send failed unexpectedly
   */
  public HttpOutcome sendAndWait(HttpCall call) {
    try {
      return send(call).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while waiting for " + call.method() + " " + call.path(), e);
    } catch (ExecutionException e) {
      throw new DataHubException(call.method() + " " + call.path() + " failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * Sends {@code call} on the calling thread ({@code execute}, not {@code enqueue}), retrying per the policy with
   * the backoff slept on this thread, and returns once it is done: the returned future is complete. For callers
   * that wait anyway, this spares two thread hand-offs per request. If the thread is interrupted while waiting to
   * retry, the last outcome is returned and the interrupt flag is kept.
   */
  public CompletableFuture<HttpOutcome> sendOnThisThread(HttpCall call) {
    Exchange exchange = new Exchange(call, true);
    open.add(exchange);
    exchange.attempt();
    return exchange.result;
  }

  /**
   * Stops starting attempts and ends every exchange under way as {@link HttpOutcome.Kind#CLOSED}, so that no
   * future is left waiting for a retry that will not run: cancels its request on the wire and its retry waiting on
   * the scheduler. Exchanges of other senders over the same client and scheduler go on.
   */
  public void close() {
    closed = true;
    for (Exchange exchange : open) {
      exchange.finish(HttpOutcome.closed(exchange.attempts));
      exchange.cancel();
    }
  }

  private final class Exchange implements Callback {
    private final HttpCall call;
    private final boolean onThisThread;
    private final long deadlineAt;
    private final CompletableFuture<HttpOutcome> result = new CompletableFuture<>();
    private volatile int attempts;
    private boolean refreshed;
    private String sentToken;
    /** The attempt on the wire, and the retry waiting on the scheduler, for {@link #cancel}. */
    private volatile Call onTheWire;
    private volatile Future<?> retry;

    Exchange(HttpCall call, boolean onThisThread) {
      this.call = call;
      this.onThisThread = onThisThread;
      this.deadlineAt = System.nanoTime() + policy.deadline().toNanos();
    }

    void attempt() {
      if (closed) {
        finish(HttpOutcome.closed(attempts));
        return;
      }
      long remaining = deadlineAt - System.nanoTime();
      if (remaining <= 0) {
        finish(HttpOutcome.deadline(policy.deadline(), attempts, null));
        return;
      }
      Request request;
      try {
        sentToken = token.get();
      } catch (RuntimeException e) {
        finish(HttpOutcome.local(TokenFailure.of(e), attempts));
        return;
      }
      try {
        request = request(sentToken);
      } catch (RuntimeException e) {
        finish(HttpOutcome.local(e, attempts));
        return;
      }
      attempts++;
      Call okCall = client.newCall(request);
      okCall.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
      onTheWire = okCall;
      if (closed) {
        // close() may have looked for the call before it was set: one of the two cancels it.
        okCall.cancel();
      }
      LOG.debug("{} attempt {}", call, attempts);
      if (!onThisThread) {
        okCall.enqueue(this);
        return;
      }
      Response response;
      try {
        response = okCall.execute();
      } catch (IOException e) {
        onFailure(okCall, e);
        return;
      }
      onResponse(okCall, response);
    }

    private Request request(String bearer) {
      Request.Builder b = new Request.Builder().url(url(call.path())).headers(fixedHeaders);
      if (bearer != null && !bearer.isEmpty()) {
        b.header("Authorization", "Bearer " + bearer);
      }
      for (int i = 0; i < extraHeaders.size(); i++) {
        b.header(extraHeaders.name(i), extraHeaders.value(i));
      }
      RequestBody body = call.bodyParts() == null ? null : new PartsBody(call.bodyParts(), call.bodyLength());
      return b.method(call.method(), body).build();
    }

    @Override
    public void onResponse(Call okCall, Response response) {
      try {
        handle(okCall, response);
      } catch (RuntimeException e) {
        // Nothing thrown here may leave the exchange open: OkHttp would drop it and the future never complete.
        LOG.warn("{}: handling the answer failed: {}", call, e.toString());
        finish(HttpOutcome.transport(e, attempts));
      }
    }

    private void handle(Call okCall, Response response) {
      int status = response.code();
      String text;
      try (ResponseBody body = response.body()) {
        text = body == null ? "" : body.string();
      } catch (IOException e) {
        onFailure(okCall, e);
        return;
      }
      HttpOutcome answer = HttpOutcome.answered(status, text, attempts, response.headers(),
          sentToken != null && !sentToken.isEmpty());
      if (status == 401 && !refreshed && tokenRenewed()) {
        LOG.debug("{}: HTTP 401, retrying once with a refreshed token", call);
        attempt();
      } else if (policy.retriesStatus(status) && attempts < policy.maxAttempts()) {
        String header = response.header(HttpClients.RETRY_AFTER_KEPT);
        Optional<Duration> retryAfter = RetryAfter.parse(header != null ? header : response.header("Retry-After"),
            Instant.now());
        long delay = retryAfter.map(RetryAfter::nanos).orElseGet(() -> policy.backoffNanos(attempts));
        retryLater(delay, answer);
      } else {
        finish(answer);
      }
    }

    private boolean tokenRenewed() {
      refreshed = true;
      try {
        String now = token.get();
        boolean changedMeanwhile = now != null && !now.equals(sentToken);
        return changedMeanwhile || refresh.getAsBoolean();
      } catch (RuntimeException e) {
        LOG.warn("{}: the token provider failed to refresh after HTTP 401: {}", call, e.getClass().getName());
        return false;
      }
    }

    @Override
    public void onFailure(Call okCall, IOException e) {
      HttpOutcome failure = HttpOutcome.transport(e, attempts);
      if (closed) {
        finish(HttpOutcome.closed(attempts));
      } else if (deadlineAt - System.nanoTime() <= DEADLINE_SLACK_NANOS) {
        finish(HttpOutcome.deadline(policy.deadline(), attempts, failure));
      } else if (policy.retriesConnectionFailures() && attempts < policy.maxAttempts()
          && !Failures.isCertificateFailure(e)) {
        retryLater(policy.backoffNanos(attempts), failure);
      } else {
        finish(failure);
      }
    }

    private void retryLater(long delayNanos, HttpOutcome last) {
      if (System.nanoTime() + delayNanos - deadlineAt >= 0) {
        finish(HttpOutcome.deadline(policy.deadline(), attempts, last));
        return;
      }
      LOG.debug("{}: {}, retrying in {} ms", call, describe(last), TimeUnit.NANOSECONDS.toMillis(delayNanos));
      if (onThisThread) {
        try {
          TimeUnit.NANOSECONDS.sleep(delayNanos);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          finish(last);
          return;
        }
        attempt();
        return;
      }
      try {
        retry = scheduler.schedule(this::attempt, delayNanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        finish(HttpOutcome.closed(attempts));
      }
    }

    /** Cancels the attempt on the wire and the retry waiting, if any; the exchange is finished already. */
    void cancel() {
      Call wire = onTheWire;
      if (wire != null) {
        wire.cancel();
      }
      Future<?> waiting = retry;
      if (waiting != null) {
        waiting.cancel(false);
      }
    }

    private void finish(HttpOutcome outcome) {
      open.remove(this);
      result.complete(outcome);
    }
  }

  private HttpUrl url(String path) {
    HttpUrl url = urls.get(path);
    if (url == null) {
      url = HttpUrl.get(base + path);
      if (urls.size() < MAX_CACHED_URLS) {
        urls.put(path, url);
      }
    }
    return url;
  }

  private static String describe(HttpOutcome outcome) {
    return outcome.kind() == HttpOutcome.Kind.ANSWERED ? "HTTP " + outcome.status()
        : String.valueOf(outcome.error());
  }
}
