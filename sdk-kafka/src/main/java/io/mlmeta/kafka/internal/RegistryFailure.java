package io.mlmeta.kafka.internal;

/** A schema registry that gave no schema id; the emitter reports it as a {@code SchemaRegistryException}. */
public final class RegistryFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String registryUrl;
  private final String subject;
  private final int status;

  RegistryFailure(String registryUrl, String subject, int status, String detail, Throwable cause) {
    super(detail, cause);
    this.registryUrl = registryUrl;
    this.subject = subject;
    this.status = status;
  }

  /** The registry URL, without user info. */
  public String registryUrl() {
    return registryUrl;
  }

  /** The subject asked for. */
  public String subject() {
    return subject;
  }

  /** The HTTP status, 0 when there was no answer. */
  public int status() {
    return status;
  }
}
