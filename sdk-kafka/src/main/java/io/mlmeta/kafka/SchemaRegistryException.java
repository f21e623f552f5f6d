package io.mlmeta.kafka;

import io.mlmeta.error.DataHubException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The schema registry did not give the subject's schema id: it refused (401, 403, 404, 5xx; its own message is
 * kept), it was unreachable, or what answered is not a schema registry. Names the registry URL (without any user
 * info) and the subject; never a password.
 */
public class SchemaRegistryException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String registryUrl;
  private final String subject;
  private final int status;

  /** A failure of the registry at {@code registryUrl} for {@code subject}; {@code status} 0 when no HTTP answer,
   * {@code cause} null when there was no exception. */
  public SchemaRegistryException(String registryUrl, String subject, int status, String detail, Throwable cause) {
    super("schema registry " + Objects.requireNonNull(registryUrl, "registryUrl") + " gave no schema id for subject "
        + Objects.requireNonNull(subject, "subject") + (status == 0 ? "" : ": HTTP " + status) + ": "
        + Objects.requireNonNull(detail, "detail"), cause);
    this.registryUrl = registryUrl;
    this.subject = subject;
    this.status = status;
  }

  /** The registry's base URL, without user info. */
  public String registryUrl() {
    return registryUrl;
  }

  /** The subject whose schema id was asked for. */
  public String subject() {
    return subject;
  }

  /** The HTTP status of the registry's answer; empty when there was none (connection failure). */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
