package io.mlmeta.aspect;

/** A unit of calendar time ({@code com.linkedin.timeseries.CalendarInterval}). */
public enum CalendarInterval {
  SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
