package io.mlmeta.error;

/** The server refused the credentials (HTTP 401) or the permission (HTTP 403). */
public class DataHubAuthenticationException extends DataHubServerException {
  private static final long serialVersionUID = 1L;

  /** See {@link DataHubServerException#DataHubServerException}. */
  public DataHubAuthenticationException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts) {
    super(status, serverMessage, method, path, urn, aspectName, attempts);
  }

  /**
   * An authentication error whose message starts with {@code advice}; see
   * {@link DataHubServerException#DataHubServerException(int, String, String, String, String, String, int, String)}.
   */
  public DataHubAuthenticationException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts, String advice) {
    super(status, serverMessage, method, path, urn, aspectName, attempts, advice);
  }
}
