package io.mlmeta.aspect;

/** How the versions of a version set are ordered ({@code com.linkedin.versionset.VersioningScheme}). */
public enum VersioningScheme {
  /** Versions sort by their {@code sortId} as text. */
  LEXICOGRAPHIC_STRING,
  /** DataHub generates the {@code sortId}s itself. */
  ALPHANUMERIC_GENERATED_BY_DATAHUB
}
