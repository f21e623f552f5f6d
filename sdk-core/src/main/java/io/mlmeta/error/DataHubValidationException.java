package io.mlmeta.error;

/** The server refused the content (HTTP 400 or 422): a schema violation, a bad URN, an unknown aspect. */
public class DataHubValidationException extends DataHubServerException {
  private static final long serialVersionUID = 1L;

  /** See {@link DataHubServerException#DataHubServerException}. */
  public DataHubValidationException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts) {
    super(status, serverMessage, method, path, urn, aspectName, attempts);
  }
}
