package io.mlmeta.internal;

import java.util.Collection;

/** Argument checks that name the field and the value they refuse. */
public final class Checks {
  /** 9999-12-31T23:59:59.999Z: later epoch-millisecond times are taken as a unit mistake (micros or nanos). */
  public static final long MAX_TIME_MILLIS = 253_402_300_799_999L;

  private Checks() {}

  /** Refuses a negative or absurdly large epoch-millisecond time. */
  public static void checkTime(String field, long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException(field + " must be epoch milliseconds >= 0 but was " + millis);
    }
    if (millis > MAX_TIME_MILLIS) {
      throw new IllegalArgumentException(field + " must be epoch milliseconds (before year 10000) but was "
          + millis + "; was it given in micro- or nanoseconds?");
    }
  }

  /**
   * {@link #checkTime(String, long)} of field {@code owner.field}; the name is joined only for the message, so that
   * checking values that pass allocates nothing.
   */
  public static void checkTime(String owner, String field, long millis) {
    if (millis < 0 || millis > MAX_TIME_MILLIS) {
      checkTime(owner + "." + field, millis);
    }
  }

  /** {@link #checkNotEmpty(String, String)} of field {@code owner.field}, the name joined only for the message. */
  public static void checkNotEmpty(String owner, String field, String value) {
    if (value == null || value.isEmpty()) {
      checkNotEmpty(owner + "." + field, value);
    }
  }

  /** Refuses a null or empty string. */
  public static void checkNotEmpty(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty but was " + (value == null ? "null" : "''"));
    }
  }

  /**
   * Refuses the relationship types of a relationships query unless they name at least one type, each non-empty: GMS
   * takes the types it is asked for as a required parameter and has no "every type", so no reader offers one.
   */
  public static void checkRelationshipTypes(java.util.Set<String> types) {
    java.util.Objects.requireNonNull(types, "types");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types must name at least one relationship type (e.g. DeployedTo, "
          + "MemberOf, OwnedBy) but was empty: GMS's relationships endpoint has no \"every type\"");
    }
    for (String type : types) {
      if (type == null || type.isBlank()) {
        throw new IllegalArgumentException("types must not hold an empty type but was " + types);
      }
    }
  }

  /** Refuses a collection with the same element twice. */
  public static void checkDistinct(String field, Collection<?> values) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Object value : values) {
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + " holds '" + value + "' twice");
      }
    }
  }

  /**
   * Refuses {@code urn}, whose entity type is {@code actualType}, unless that is {@code entityType}; the urn is
   * taken as text so that these helpers stay below the urn package.
   */
  public static void checkEntityType(String field, Object urn, String actualType, String entityType) {
    if (!actualType.equals(entityType)) {
      throw new IllegalArgumentException(field + " must be an urn:li:" + entityType + " urn but was " + urn);
    }
  }
}
