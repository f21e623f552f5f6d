package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code dataProcessInstanceRunEvent} timeseries aspect: one event in the life of a run, {@code STARTED} or
 * {@code COMPLETE} with its result. Record one of each per run.
 *
 * <pre>{@code
 * DataProcessInstanceRunEvent started = DataProcessInstanceRunEvent.started(startMillis);
 * DataProcessInstanceRunEvent done = DataProcessInstanceRunEvent.completed(endMillis,
 *         DataProcessInstanceRunResult.of(RunResultType.SUCCESS, "FINISHED"))
 *     .toBuilder().attempt(1).durationMillis(endMillis - startMillis).build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceRunEvent.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceRunEvent.class)
public interface DataProcessInstanceRunEvent extends Aspect, WithUnknownFields {
  /** The {@code dataProcessInstanceRunEvent} aspect type. */
  AspectType<DataProcessInstanceRunEvent> TYPE = AspectType.timeseries("dataProcessInstanceRunEvent",
      "com.linkedin.dataprocess.DataProcessInstanceRunEvent", DataProcessInstanceRunEvent.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE));

  /** When the event happened, in epoch milliseconds. */
  @JsonProperty("timestampMillis")
  long timestampMillis();

  /** The time bucket the event stands for, if it is an aggregate. */
  @JsonProperty("eventGranularity")
  Optional<TimeWindowSize> eventGranularity();

  /** The partition the event is about; left out, DataHub takes the whole table. */
  @JsonProperty("partitionSpec")
  Optional<PartitionSpec> partitionSpec();

  /** An id for the event, for de-duplication. */
  @JsonProperty("messageId")
  Optional<String> messageId();

  /** A link to the run in its source system. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The phase the event reports. */
  @JsonProperty("status")
  DataProcessRunStatus status();

  /** Which attempt of the run this is, counting from 1. */
  @JsonProperty("attempt")
  Optional<Integer> attempt();

  /** How the run ended; set on a {@code COMPLETE} event. */
  @JsonProperty("result")
  Optional<DataProcessInstanceRunResult> result();

  /** How long the run took, in milliseconds. */
  @JsonProperty("durationMillis")
  Optional<Long> durationMillis();

  /** A {@code STARTED} event at {@code timestampMillis}. */
  static DataProcessInstanceRunEvent started(long timestampMillis) {
    return builder().timestampMillis(timestampMillis).status(DataProcessRunStatus.STARTED).build();
  }

  /** A {@code COMPLETE} event at {@code timestampMillis} with {@code result}. */
  static DataProcessInstanceRunEvent completed(long timestampMillis, DataProcessInstanceRunResult result) {
    return builder().timestampMillis(timestampMillis).status(DataProcessRunStatus.COMPLETE)
        .result(Objects.requireNonNull(result, "result")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkTime("DataProcessInstanceRunEvent.timestampMillis", timestampMillis());
    if (attempt().isPresent() && attempt().get() < 0) {
      throw new IllegalArgumentException("DataProcessInstanceRunEvent.attempt must be >= 0 but was " + attempt().get());
    }
    if (durationMillis().isPresent() && durationMillis().get() < 0) {
      throw new IllegalArgumentException("DataProcessInstanceRunEvent.durationMillis must be >= 0 but was "
          + durationMillis().get());
    }
  }

  @Override
  default AspectType<DataProcessInstanceRunEvent> aspectType() {
    return TYPE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this aspect's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DataProcessInstanceRunEvent}; {@code timestampMillis} and {@code status} are required. */
  final class Builder extends ImmutableDataProcessInstanceRunEvent.Builder {}
}
