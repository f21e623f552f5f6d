package io.mlmeta.mlmodel.aspect;

/** A kind of user a model is intended for ({@code com.linkedin.ml.metadata.IntendedUserType}). */
public enum IntendedUserType {
  ENTERPRISE, HOBBY, ENTERTAINMENT
}
