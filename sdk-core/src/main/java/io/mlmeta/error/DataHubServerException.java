package io.mlmeta.error;

import java.util.Optional;

/**
 * The server answered with an error. Carries the HTTP status, the server's own message (the Rest.li
 * {@code message} field, or the body text when it is not JSON), the request, the URN and aspect involved when
 * known, and the number of attempts. Subclasses mark authentication (401/403), validation (400/422) and version
 * conflicts.
 */
public class DataHubServerException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String serverMessage;
  private final String method;
  private final String path;
  private final String urn;
  private final String aspectName;
  private final int attempts;

  /** An error answer; {@code urn} and {@code aspectName} may be null when the request was not about one aspect. */
  public DataHubServerException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts) {
    this(status, serverMessage, method, path, urn, aspectName, attempts, null);
  }

  /**
   * An error answer whose message says, before the server's own message, what it means and what to do about it
   * ({@code advice}, such as "the server does not look like DataHub GMS ..."); a null {@code advice} makes it the
   * constructor above.
   */
  public DataHubServerException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts, String advice) {
    super(describe(status, serverMessage, method, path, urn, aspectName, attempts, advice));
    this.status = status;
    this.serverMessage = serverMessage == null ? "" : serverMessage;
    this.method = method;
    this.path = path;
    this.urn = urn;
    this.aspectName = aspectName;
    this.attempts = attempts;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The server's own message. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request path (with query), without the server's base URL. */
  public String path() {
    return path;
  }

  /** The URN the request was about, if it was about one. */
  public Optional<String> urn() {
    return Optional.ofNullable(urn);
  }

  /** The aspect the request was about, if it was about one. */
  public Optional<String> aspectName() {
    return Optional.ofNullable(aspectName);
  }

  /** How many requests were tried. */
  public int attempts() {
    return attempts;
  }

  private static String describe(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts, String advice) {
    StringBuilder s = new StringBuilder(128).append(method).append(' ').append(path).append(" failed with HTTP ")
        .append(status).append(" after ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    if (urn != null) {
      s.append(" (").append(urn);
      if (aspectName != null) {
        s.append(", aspect ").append(aspectName);
      }
      s.append(')');
    }
    boolean said = serverMessage != null && !serverMessage.isEmpty();
    if (advice != null && !advice.isEmpty()) {
      s.append(": ").append(advice);
      if (said) {
        s.append(". The server said: ").append(serverMessage);
      }
    } else if (said) {
      s.append(": ").append(serverMessage);
    }
    return s.toString();
  }
}
