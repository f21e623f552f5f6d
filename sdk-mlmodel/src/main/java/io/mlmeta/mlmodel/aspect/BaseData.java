package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.DatasetUrn;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dataset a model was trained or evaluated on, with why and how it was prepared
 * ({@code com.linkedin.ml.metadata.BaseData}). The dataset is not a lineage edge; record lineage through the
 * training run's inputs.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableBaseData.class)
@JsonDeserialize(as = ImmutableBaseData.class)
public interface BaseData extends WithUnknownFields {
  /** The dataset. */
  @JsonProperty("dataset")
  DatasetUrn dataset();

  /** Why this dataset was chosen. */
  @JsonProperty("motivation")
  Optional<String> motivation();

  /** The preprocessing steps, in order; left out when empty. */
  @JsonProperty("preProcessing")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> preProcessing();

  /** Dataset {@code dataset} with nothing else said about it. */
  static BaseData of(DatasetUrn dataset) {
    return builder().dataset(dataset).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BaseData}; {@code dataset} is required. */
  final class Builder extends ImmutableBaseData.Builder {}
}
