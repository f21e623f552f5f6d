package io.mlmeta.aspect;

/**
 * The kind of a partition spec ({@code com.linkedin.timeseries.PartitionType}); deprecated in DataHub's model but
 * still on the wire with the default {@link #PARTITION}.
 */
public enum PartitionType {
  FULL_TABLE, QUERY, PARTITION
}
