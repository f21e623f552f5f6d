package io.mlmeta.error;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conditional write found another version than it expected: the server answered {@code Expected version X,
 * actual version Y} (HTTP 422 on Rest.li, 412 on OpenAPI), or an update gave up after its bounded retries.
 */
public class DataHubConflictException extends DataHubServerException {
  private static final long serialVersionUID = 1L;
  private static final Pattern VERSIONS =
      Pattern.compile("[Ee]xpected version:?\\s*([^\\s,]+).*?[Aa]ctual version:?\\s*([^\\s,]+)", Pattern.DOTALL);

  /** See {@link DataHubServerException#DataHubServerException}. */
  public DataHubConflictException(int status, String serverMessage, String method, String path, String urn,
      String aspectName, int attempts) {
    super(status, serverMessage, method, path, urn, aspectName, attempts);
  }

  /** Whether a server message reports a version conflict; false for a null message (an answer without one). */
  public static boolean isVersionConflict(String serverMessage) {
    return serverMessage != null && VERSIONS.matcher(serverMessage).find();
  }

  /** The version the write expected, as the server reported it. */
  public Optional<String> expectedVersion() {
    return group(1);
  }

  /** The version the server had, as it reported it. */
  public Optional<String> actualVersion() {
    return group(2);
  }

  private Optional<String> group(int group) {
    Matcher m = VERSIONS.matcher(serverMessage());
    return m.find() ? Optional.of(m.group(group)) : Optional.empty();
  }
}
