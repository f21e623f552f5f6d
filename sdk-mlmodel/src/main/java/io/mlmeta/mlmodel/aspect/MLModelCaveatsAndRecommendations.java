package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelCaveatsAndRecommendations} aspect of an mlModel (model card; Pegasus record
 * {@code CaveatsAndRecommendations}): known limits of the model and advice for its users.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelCaveatsAndRecommendations.class)
@JsonDeserialize(as = ImmutableMLModelCaveatsAndRecommendations.class)
public interface MLModelCaveatsAndRecommendations extends Aspect, WithUnknownFields {
  /** The {@code mlModelCaveatsAndRecommendations} aspect type. */
  AspectType<MLModelCaveatsAndRecommendations> TYPE = AspectType.of("mlModelCaveatsAndRecommendations",
      "com.linkedin.ml.metadata.CaveatsAndRecommendations", MLModelCaveatsAndRecommendations.class,
      Set.of(EntityTypes.ML_MODEL));

  /** The caveats. */
  @JsonProperty("caveats")
  Optional<CaveatDetails> caveats();

  /** Recommendations for using the model. */
  @JsonProperty("recommendations")
  Optional<String> recommendations();

  /** What an ideal evaluation dataset would look like; left out when empty. */
  @JsonProperty("idealDatasetCharacteristics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> idealDatasetCharacteristics();

  @Override
  default AspectType<MLModelCaveatsAndRecommendations> aspectType() {
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

  /** Builds an {@link MLModelCaveatsAndRecommendations}; every field is optional. */
  final class Builder extends ImmutableMLModelCaveatsAndRecommendations.Builder {}
}
