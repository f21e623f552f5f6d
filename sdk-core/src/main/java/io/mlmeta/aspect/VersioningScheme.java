package io.mlmeta.aspect;

/** How the versions of a version set are ordered ({@code com.linkedin.versionset.VersioningScheme}). */
public enum VersioningScheme {
  /** Versions sort by their {@code sortId} as text. */
  LEXICOGRAPHIC_STRING,
  /** DataHub generates the {@code sortId}s itself. */
  ALPHANUMERIC_GENERATED_BY_DATAHUB,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
