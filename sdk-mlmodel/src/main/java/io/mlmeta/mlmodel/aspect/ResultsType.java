package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Where evaluation results are ({@code com.linkedin.ml.metadata.ResultsType}), DataHub's union with the single
 * member string: on the wire {@code {"string":"https://dash/..."}}, never the bare string.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableResultsType.class)
@JsonDeserialize(as = ImmutableResultsType.class)
public interface ResultsType extends WithUnknownFields {
  /** The string member: the results, or a link to them. */
  @JsonProperty("string")
  String string();

  /** The string member {@code results}. */
  static ResultsType ofString(String results) {
    return builder().string(Objects.requireNonNull(results, "results")).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this value's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ResultsType}; {@code string} is required. */
  final class Builder extends ImmutableResultsType.Builder {}
}
