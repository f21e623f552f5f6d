package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import org.immutables.value.Value;

/** One set of factors of a model card ({@code com.linkedin.ml.metadata.MLModelFactors}); empty lists are left out. */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelFactors.class)
@JsonDeserialize(as = ImmutableMLModelFactors.class)
public interface MLModelFactors extends WithUnknownFields {
  /** Groups of people or things the model may perform differently for, e.g. age bands. */
  @JsonProperty("groups")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> groups();

  /** The instruments the input was captured with, e.g. camera types. */
  @JsonProperty("instrumentation")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> instrumentation();

  /** The environments the model is used in, e.g. lighting conditions. */
  @JsonProperty("environment")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> environment();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this factor set's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds an {@link MLModelFactors}; every field is optional. */
  final class Builder extends ImmutableMLModelFactors.Builder {}
}
