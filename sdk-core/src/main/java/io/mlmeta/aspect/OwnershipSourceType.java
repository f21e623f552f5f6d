package io.mlmeta.aspect;

/** Where an ownership claim came from ({@code com.linkedin.common.OwnershipSourceType}). */
public enum OwnershipSourceType {
  AUDIT, DATABASE, FILE_SYSTEM, ISSUE_TRACKING_SYSTEM, MANUAL, SERVICE, SOURCE_CONTROL, OTHER
}
