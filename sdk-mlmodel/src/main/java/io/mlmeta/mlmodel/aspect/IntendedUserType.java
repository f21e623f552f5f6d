package io.mlmeta.mlmodel.aspect;

/** A kind of user a model is intended for ({@code com.linkedin.ml.metadata.IntendedUserType}). */
public enum IntendedUserType {
  ENTERPRISE, HOBBY, ENTERTAINMENT,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
