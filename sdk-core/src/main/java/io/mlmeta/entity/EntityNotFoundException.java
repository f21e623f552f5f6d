package io.mlmeta.entity;

import io.mlmeta.error.DataHubException;
import io.mlmeta.urn.Urn;

/** The entity asked for does not exist. */
public class EntityNotFoundException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String urn;

  /** The entity {@code urn} was not found at {@code location}. */
  public EntityNotFoundException(Urn urn, String location) {
    super("entity " + urn + " does not exist in " + location);
    this.urn = urn.toString();
  }

  /** The URN that was not found. */
  public String urn() {
    return urn;
  }
}
