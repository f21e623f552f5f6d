package io.mlmeta.aspect;

/** How a run ended ({@code com.linkedin.dataprocess.RunResultType}). */
public enum RunResultType {
  SUCCESS, FAILURE, SKIPPED, UP_FOR_RETRY,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
