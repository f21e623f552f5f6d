package io.mlmeta.internal.http;

import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;

/**
 * How an exchange with the server ended, retries included: an answer (any status), a transport failure, the
 * deadline running out, the emitter closing, or a local failure (such as a token supplier throwing). Never thrown;
 * {@link Failures} turns a failed outcome into the SDK's exception.
 */
public final class HttpOutcome {
  /** The ways an exchange ends. */
  public enum Kind {
    /** The server answered; see {@link #status()}. */
    ANSWERED,
    /** No answer: connection refused or reset, DNS, timeout. */
    TRANSPORT,
    /** The total deadline ran out, during a request or before the next retry. */
    DEADLINE,
    /** The emitter closed first. */
    CLOSED,
    /** The request could not be made, e.g. the token provider failed. */
    LOCAL
  }

  private final Kind kind;
  private final int status;
  private final String body;
  private final Throwable error;
  private final int attempts;
  private final Duration deadline;
  private final HttpOutcome last;
  private final boolean restliHeaders;
  private final String serverHeader;
  private final boolean tokenSent;
  private final String traceId;

  private HttpOutcome(Kind kind, int status, String body, Throwable error, int attempts, Duration deadline,
      HttpOutcome last) {
    this(kind, status, body, error, attempts, deadline, last, false, null, false, null);
  }

  private HttpOutcome(Kind kind, int status, String body, Throwable error, int attempts, Duration deadline,
      HttpOutcome last, boolean restliHeaders, String serverHeader, boolean tokenSent, String traceId) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.error = error;
    this.attempts = attempts;
    this.deadline = deadline;
    this.last = last;
    this.restliHeaders = restliHeaders;
    this.serverHeader = serverHeader;
    this.tokenSent = tokenSent;
    this.traceId = traceId;
  }

  /** An answer without headers, no token sent. */
  static HttpOutcome answered(int status, String body, int attempts) {
    return answered(status, body, attempts, Headers.of(), false);
  }

  /** An answer with its {@code headers}, to a request that carried a token or not ({@code tokenSent}). */
  static HttpOutcome answered(int status, String body, int attempts, Headers headers, boolean tokenSent) {
    boolean restli = headers.get("X-RestLi-Protocol-Version") != null
        || headers.get("X-RestLi-Error-Response") != null || headers.get("X-LinkedIn-Error-Response") != null;
    return new HttpOutcome(Kind.ANSWERED, status, body, null, attempts, null, null, restli, headers.get("Server"),
        tokenSent, TraceParent.traceId(headers.get(TraceParent.HEADER)));
  }

  static HttpOutcome transport(Throwable error, int attempts) {
    return new HttpOutcome(Kind.TRANSPORT, 0, null, error, attempts, null, null);
  }

  static HttpOutcome deadline(Duration deadline, int attempts, HttpOutcome last) {
    return new HttpOutcome(Kind.DEADLINE, 0, null, null, attempts, deadline, last);
  }

  static HttpOutcome closed(int attempts) {
    return new HttpOutcome(Kind.CLOSED, 0, null, null, attempts, null, null);
  }

  static HttpOutcome local(Throwable error, int attempts) {
    return new HttpOutcome(Kind.LOCAL, 0, null, Objects.requireNonNull(error), attempts, null, null);
  }

  /** How the exchange ended. */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the server answered with a 2xx status and a body that is not an HTML page: GMS answers JSON, so a
   * 2xx HTML page comes from something else (a proxy's login page, the DataHub frontend) and acknowledges nothing.
   */
  public boolean isSuccess() {
    return kind == Kind.ANSWERED && status >= 200 && status < 300 && !ErrorBody.isHtml(body);
  }

  /**
   * Whether this is a 404, 405 or 501 answer that did not come from GMS: without the Rest.li headers GMS sends
   * with every answer ({@code X-RestLi-Protocol-Version}, {@code X-RestLi-Error-Response}) and without a DataHub
   * error body (see {@link ErrorBody#isDataHubError}). Such an answer means the URL is not GMS's (a static file
   * server, another service), never that an entity is absent nor that GMS refused the request.
   */
  public boolean isForeignRefusal() {
    return kind == Kind.ANSWERED && (status == 404 || status == 405 || status == 501) && !restliHeaders
        && !ErrorBody.isDataHubError(body);
  }

  /** The {@code Server} header of an answer, or null. */
  public String serverHeader() {
    return serverHeader;
  }

  /** Whether the request answered carried a token ({@code Authorization} header). */
  public boolean tokenSent() {
    return tokenSent;
  }

  /**
   * The trace id of an answer that carried a W3C {@code traceparent} header (its second field), as GMS sends on its
   * API answers; null otherwise.
   */
  public String traceId() {
    return traceId;
  }

  /** The HTTP status of an answer; 0 otherwise. */
  public int status() {
    return status;
  }

  /** The body text of an answer; null otherwise. */
  public String body() {
    return body;
  }

  /** The error of a transport or local failure; null otherwise. */
  public Throwable error() {
    return error;
  }

  /** How many requests were sent. */
  public int attempts() {
    return attempts;
  }

  /** The deadline that ran out, for {@link Kind#DEADLINE}. */
  public Duration deadlineValue() {
    return deadline;
  }

  /** For {@link Kind#DEADLINE}: the last answer or transport failure before time ran out, or null. */
  public HttpOutcome last() {
    return last;
  }

  @Override
  public String toString() {
    return kind + (kind == Kind.ANSWERED ? " " + status : "") + " after " + attempts + " attempt(s)";
  }
}
