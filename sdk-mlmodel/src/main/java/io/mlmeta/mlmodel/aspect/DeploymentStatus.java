package io.mlmeta.mlmodel.aspect;

/** The state of a model deployment ({@code com.linkedin.ml.metadata.DeploymentStatus}). */
public enum DeploymentStatus {
  /** Deployed but not serving. */
  OUT_OF_SERVICE,
  /** Being created. */
  CREATING,
  /** Being updated. */
  UPDATING,
  /** Being rolled back. */
  ROLLING_BACK,
  /** Serving. */
  IN_SERVICE,
  /** Being deleted. */
  DELETING,
  /** Failed. */
  FAILED,
  /** Not known. */
  UNKNOWN
}
