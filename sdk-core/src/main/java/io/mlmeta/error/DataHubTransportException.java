package io.mlmeta.error;

/**
 * The request did not get an answer from the server: connection refused, reset, DNS failure, timeout, or the total
 * deadline ran out. {@link #attempts()} says how many requests were tried.
 */
public class DataHubTransportException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int attempts;

  /** A transport failure of {@code method path} after {@code attempts} requests. */
  public DataHubTransportException(String method, String path, int attempts, String reason, Throwable cause) {
    super(method + " " + path + " failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": "
        + reason, cause);
    this.method = method;
    this.path = path;
    this.attempts = attempts;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The request path (with query), without the server's base URL. */
  public String path() {
    return path;
  }

  /** How many requests were tried. */
  public int attempts() {
    return attempts;
  }
}
