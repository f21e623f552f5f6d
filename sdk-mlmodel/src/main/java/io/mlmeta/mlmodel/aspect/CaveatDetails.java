package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The caveats of a model card ({@code com.linkedin.ml.metadata.CaveatDetails}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableCaveatDetails.class)
@JsonDeserialize(as = ImmutableCaveatDetails.class)
public interface CaveatDetails extends WithUnknownFields {
  /** Whether the model needs further testing. */
  @JsonProperty("needsFurtherTesting")
  Optional<Boolean> needsFurtherTesting();

  /** The caveats, in prose. */
  @JsonProperty("caveatDescription")
  Optional<String> caveatDescription();

  /** Groups the evaluation data did not represent; left out when empty. */
  @JsonProperty("groupsNotRepresented")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> groupsNotRepresented();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link CaveatDetails}; every field is optional. */
  final class Builder extends ImmutableCaveatDetails.Builder {}
}
