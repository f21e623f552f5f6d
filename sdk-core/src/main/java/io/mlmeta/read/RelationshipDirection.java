package io.mlmeta.read;

/** Which way a relationship query follows edges from the entity asked about. */
public enum RelationshipDirection {
  /** Edges that point to the entity (e.g. the models that are DeployedTo a deployment). */
  INCOMING,
  /** Edges that start at the entity (e.g. the deployments a model is DeployedTo). */
  OUTGOING
}
