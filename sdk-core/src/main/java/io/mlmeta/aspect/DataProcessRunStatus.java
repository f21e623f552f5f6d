package io.mlmeta.aspect;

/** The phase a run event reports ({@code com.linkedin.dataprocess.DataProcessRunStatus}). */
public enum DataProcessRunStatus {
  /** The run has started. */
  STARTED,
  /** The run has ended; the event's result says how. */
  COMPLETE
}
