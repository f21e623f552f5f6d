package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partition a timeseries event is about ({@code com.linkedin.timeseries.PartitionSpec}). Left out of an
 * event, DataHub takes the whole table ({@code FULL_TABLE_SNAPSHOT}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutablePartitionSpec.class)
@JsonDeserialize(as = ImmutablePartitionSpec.class)
public interface PartitionSpec extends WithUnknownFields {
  /** The partition's name, e.g. {@code FULL_TABLE_SNAPSHOT} or {@code ds=2024-01-01}. */
  @JsonProperty("partition")
  String partition();

  /** The time window the partition covers, if it is a time partition. */
  @JsonProperty("timePartition")
  Optional<TimeWindow> timePartition();

  /** The kind of partition (deprecated in DataHub's model); {@link PartitionType#PARTITION} unless set. */
  @JsonProperty("type")
  @Value.Default
  default PartitionType type() {
    return PartitionType.PARTITION;
  }

  /** The partition called {@code partition}. */
  static PartitionSpec of(String partition) {
    return builder().partition(partition).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("PartitionSpec.partition", partition());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link PartitionSpec}; {@code partition} is required. */
  final class Builder extends ImmutablePartitionSpec.Builder {}
}
