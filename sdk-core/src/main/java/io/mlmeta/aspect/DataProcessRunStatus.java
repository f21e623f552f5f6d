package io.mlmeta.aspect;

/** The phase a run event reports ({@code com.linkedin.dataprocess.DataProcessRunStatus}). */
public enum DataProcessRunStatus {
  /** The run has started. */
  STARTED,
  /** The run has ended; the event's result says how. */
  COMPLETE,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
