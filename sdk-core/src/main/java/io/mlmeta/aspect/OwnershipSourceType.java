package io.mlmeta.aspect;

/** Where an ownership claim came from ({@code com.linkedin.common.OwnershipSourceType}). */
public enum OwnershipSourceType {
  AUDIT, DATABASE, FILE_SYSTEM, ISSUE_TRACKING_SYSTEM, MANUAL, SERVICE, SOURCE_CONTROL, OTHER,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
