package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/**
 * How a run ended: DataHub's result type and the source system's own word for it
 * ({@code com.linkedin.dataprocess.DataProcessInstanceRunResult}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceRunResult.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceRunResult.class)
public interface DataProcessInstanceRunResult extends WithUnknownFields {
  /** The result. */
  @JsonProperty("type")
  RunResultType type();

  /** The result as the source system names it, e.g. {@code "FINISHED"} in MLflow. */
  @JsonProperty("nativeResultType")
  String nativeResultType();

  /** A result of {@code type}, called {@code nativeResultType} by the source system. */
  static DataProcessInstanceRunResult of(RunResultType type, String nativeResultType) {
    return builder().type(type).nativeResultType(nativeResultType).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this result's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DataProcessInstanceRunResult}; {@code type} and {@code nativeResultType} are required. */
  final class Builder extends ImmutableDataProcessInstanceRunResult.Builder {}
}
