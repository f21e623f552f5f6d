package io.mlmeta.internal.http;

import io.mlmeta.error.DataHubAuthenticationException;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.error.DataHubValidationException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns a failed {@link HttpOutcome} into the SDK's exception for the request that ended so. */
public final class Failures {
  private static final String UNKNOWN_FATE = "; the outcome is unknown: it may have been applied by the server "
      + "before the answer was lost (sending an UPSERT again is safe)";

  private static final String NOT_GMS = "the answer is an HTML page, not JSON from GMS: "
      + "is the server URL GMS's (e.g. http://<host>:8080 or https://<host>/api/gms) rather than the DataHub "
      + "frontend or a proxy's login page? The page: ";

  static final String NO_TOKEN = "no token was sent, and this GMS requires one: set DATAHUB_GMS_TOKEN or "
      + "ConnectionConfig.Builder.token(..) to a DataHub access token";

  static final String TOKEN_REFUSED = "the token sent was refused (expired, revoked, or from another DataHub?): "
      + "set a valid one with DATAHUB_GMS_TOKEN or ConnectionConfig.Builder.token(..)";

  private Failures() {}

  /**
   * What a {@linkplain HttpOutcome#isForeignRefusal() foreign} 404, 405 or 501 means: the URL is not GMS's, so a 404
   * says nothing of whether the entity exists.
   */
  private static String notGms(HttpOutcome outcome) {
    String server = outcome.serverHeader();
    return "the server does not look like DataHub GMS (no Rest.li headers such as X-RestLi-Protocol-Version, no "
        + "DataHub error body" + (server == null ? "" : "; Server: " + server) + "): point the SDK at GMS's URL, "
        + "e.g. http://<host>:8080 or https://<host>/api/gms, not another service"
        + (outcome.status() == 404 ? "; this 404 does not mean that the entity is absent" : "");
  }

  /** The exception for a failed outcome of {@code call}; it names the call's URN and aspect when it has them. */
  public static DataHubException toException(HttpOutcome outcome, HttpCall call) {
    switch (outcome.kind()) {
      case ANSWERED:
        if (outcome.isForeignRefusal()) {
          return new DataHubServerException(outcome.status(), ErrorBody.foreignText(outcome.body()),
              call.method(), call.path(), call.urn(), call.aspectName(), outcome.attempts(), notGms(outcome));
        }
        if (outcome.status() >= 200 && outcome.status() < 300) {
          return serverError(outcome.status(), NOT_GMS + ErrorBody.message(outcome.body()), call,
              outcome.attempts());
        }
        if (outcome.status() == 401) {
          return new DataHubAuthenticationException(401, ErrorBody.message(outcome.body()), call.method(),
              call.path(), call.urn(), call.aspectName(), outcome.attempts(),
              outcome.tokenSent() ? TOKEN_REFUSED : NO_TOKEN);
        }
        return serverError(outcome.status(), ErrorBody.message(outcome.body()), call, outcome.attempts());
      case TRANSPORT:
        return new DataHubTransportException(call.method(), call.path(), outcome.attempts(),
            about(call) + describe(outcome.error()) + fate(call, outcome.error()), outcome.error());
      case DEADLINE:
        return deadline(outcome, call);
      case CLOSED:
        return new DataHubTransportException(call.method(), call.path(), outcome.attempts(),
            about(call) + "the emitter was closed before the request finished"
                + (outcome.attempts() > 0 && isWrite(call) ? UNKNOWN_FATE : ""), null);
      case LOCAL:
        return new DataHubException(call.method() + " " + call.path() + " was not sent: " + about(call)
            + outcome.error().getMessage(), outcome.error());
      default:
        throw new AssertionError(outcome.kind());
    }
  }

  /** The server exception for an error answer: authentication, validation, conflict or plain server error. */
  public static DataHubServerException serverError(int status, String message, HttpCall call, int attempts) {
    String m = call.method();
    String p = call.path();
    String u = call.urn();
    String a = call.aspectName();
    if (status == 401 || status == 403) {
      return new DataHubAuthenticationException(status, message, m, p, u, a, attempts);
    }
    if (status == 412 || (status == 422 && DataHubConflictException.isVersionConflict(message))) {
      return new DataHubConflictException(status, message, m, p, u, a, attempts);
    }
    if (status == 400 || status == 422) {
      return new DataHubValidationException(status, message, m, p, u, a, attempts);
    }
    return new DataHubServerException(status, message, m, p, u, a, attempts);
  }

  private static DataHubException deadline(HttpOutcome outcome, HttpCall call) {
    HttpOutcome last = outcome.last();
    String reason = about(call) + "the deadline of " + outcome.deadlineValue().toMillis() + " ms ran out";
    Throwable cause = null;
    if (last != null && last.kind() == HttpOutcome.Kind.ANSWERED) {
      String message = ErrorBody.message(last.body());
      reason += "; last answer HTTP " + last.status() + (message.isEmpty() ? "" : ": " + message);
      cause = serverError(last.status(), message, call, last.attempts());
    } else if (last != null && last.error() != null) {
      reason += "; last error " + describe(last.error()) + fate(call, last.error());
      cause = last.error();
    }
    return new DataHubTransportException(call.method(), call.path(), outcome.attempts(), reason, cause);
  }

  /**
   * What a transport failure means for a write: refused connections and unknown hosts never reached the server;
   * anything else (reset, timeout) may have come after the server applied the request.
   */
  private static String fate(HttpCall call, Throwable error) {
    if (!isWrite(call)) {
      return "";
    }
    if (error instanceof ConnectException || error instanceof UnknownHostException
        || isCertificateFailure(error)) {
      return "; the request did not reach the server";
    }
    return UNKNOWN_FATE;
  }

  /**
   * Whether {@code error} is a refused TLS certificate or host name, which no retry can cure: the server's
   * certificate chain is not trusted, or it is not for the host connected to.
   */
  static boolean isCertificateFailure(Throwable error) {
    if (error instanceof SSLPeerUnverifiedException) {
      return true;
    }
    if (error instanceof SSLHandshakeException) {
      for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
        if (t instanceof CertificateException) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWrite(HttpCall call) {
    return !call.method().equals("GET");
  }

  private static String about(HttpCall call) {
    if (call.urn() == null) {
      return "";
    }
    return "(" + call.urn() + (call.aspectName() == null ? "" : ", aspect " + call.aspectName()) + ") ";
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null || message.isEmpty() ? "" : ": " + message);
    if (isCertificateFailure(e)) {
      text += " (the server's TLS certificate is not trusted, or not for this host name; for a private CA pass an "
          + "OkHttpClient that trusts it with ConnectionConfig.Builder.httpClient; certificate checks are only "
          + "ever skipped with insecureSkipTlsVerification(true))";
    }
    return text;
  }
}
