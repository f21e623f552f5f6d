package io.mlmeta.aspect;

/** How a run ended ({@code com.linkedin.dataprocess.RunResultType}). */
public enum RunResultType {
  SUCCESS, FAILURE, SKIPPED, UP_FOR_RETRY
}
