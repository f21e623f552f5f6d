package io.mlmeta.error;

/**
 * The root of every error the SDK raises while talking to DataHub (or the local store). Unchecked. Subclasses tell
 * transport failures ({@link DataHubTransportException}) from answers of the server ({@link DataHubServerException}
 * and its authentication, validation and conflict cases). Programmer errors (bad arguments, a closed emitter) use
 * the JDK's exceptions instead.
 */
public class DataHubException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public DataHubException(String message) {
    super(message);
  }

  /** An exception with {@code message} caused by {@code cause}. */
  public DataHubException(String message, Throwable cause) {
    super(message, cause);
  }
}
