package io.mlmeta.aspect;

/**
 * The kind of a partition spec ({@code com.linkedin.timeseries.PartitionType}); deprecated in DataHub's model but
 * still on the wire with the default {@link #PARTITION}.
 */
public enum PartitionType {
  FULL_TABLE, QUERY, PARTITION,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
