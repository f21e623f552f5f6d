package io.mlmeta.entity;

import io.mlmeta.error.DataHubException;
import io.mlmeta.urn.Urn;

/** {@code create} found the entity already there. */
public class EntityAlreadyExistsException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String urn;

  /** {@code urn} already exists; {@code cause} is the server's refusal. */
  public EntityAlreadyExistsException(Urn urn, Throwable cause) {
    super("entity " + urn + " already exists; use update() to change it or upsert() to overwrite it", cause);
    this.urn = urn.toString();
  }

  /** The URN that exists. */
  public String urn() {
    return urn;
  }
}
