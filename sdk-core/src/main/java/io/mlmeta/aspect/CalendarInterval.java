package io.mlmeta.aspect;

/** A unit of calendar time ({@code com.linkedin.timeseries.CalendarInterval}). */
public enum CalendarInterval {
  SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR
}
