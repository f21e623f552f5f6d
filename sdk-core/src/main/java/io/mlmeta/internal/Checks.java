package io.mlmeta.internal;

import java.util.Collection;

/** Argument checks that name the field and the value they refuse. */
public final class Checks {
  /** 9999-12-31T23:59:59.999Z: later epoch-millisecond times are taken as a unit mistake (micros or nanos). */
  public static final long MAX_TIME_MILLIS = 253_402_300_799_999L;

  /** How deep the current thread is in {@link #whileReading}: the text rules are not applied to what is read. */
  private static final ThreadLocal<int[]> READING = ThreadLocal.withInitial(() -> new int[1]);

  private Checks() {}

  /** A read of stored or received JSON, for {@link #whileReading}. */
  @FunctionalInterface
  public interface Read<T, E extends Exception> {
    /** Reads. */
    T get() throws E;
  }

  /**
   * Runs {@code read}, which turns stored or received JSON into values, without the text rules
   * ({@link #checkNoControlCharacters}, {@link #checkNoEdgeWhitespace}): what DataHub holds, whoever wrote it, can
   * be read; only what this SDK writes is held to them.
   */
  public static <T, E extends Exception> T whileReading(Read<T, E> read) throws E {
    int[] depth = READING.get();
    depth[0]++;
    try {
      return read.get();
    } finally {
      depth[0]--;
    }
  }

  /**
   * Refuses text that holds an ISO control character (U+0000 to U+001F, U+007F to U+009F: line breaks, tabs, NUL
   * ...), naming {@code field} and the value escaped; for names and labels, which DataHub shows on one line.
   */
  public static void checkNoControlCharacters(String field, String value) {
    if (value == null || READING.get()[0] > 0) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(field + " must not hold control characters (line breaks, tabs ...) but "
            + "was " + quote(value) + " (" + codePoint(value.charAt(i)) + " at index " + i + ")");
      }
    }
  }

  /**
   * Refuses text that starts or ends with whitespace, naming {@code field} and the value escaped; for identifiers
   * compared exactly, where {@code "champion "} would be another label than {@code "champion"}.
   */
  public static void checkNoEdgeWhitespace(String field, String value) {
    if (value == null || value.isEmpty() || READING.get()[0] > 0) {
      return;
    }
    if (isBlank(value.charAt(0)) || isBlank(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(field + " must not start or end with whitespace but was " + quote(value)
          + "; did you mean " + quote(value.strip()) + "?");
    }
  }

  /** {@code value} in single quotes, with control characters escaped ({@code \n}, {@code \t}, &#92;u0000). */
  public static String quote(String value) {
    return value == null ? "null" : "'" + escape(value) + "'";
  }

  /** {@code value} with control characters escaped as Java writes them: {@code \n}, {@code \t}, &#92;u001b. */
  public static String escape(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isISOControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(value.length() + 8).append(value, 0, i);
      }
      switch (c) {
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }

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
