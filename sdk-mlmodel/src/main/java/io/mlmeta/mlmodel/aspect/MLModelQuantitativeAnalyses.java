package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelQuantitativeAnalyses} aspect of an mlModel (model card; Pegasus record
 * {@code QuantitativeAnalyses}): where the results of the model's evaluation can be seen, overall and per
 * intersection of factors, usually as links to dashboards.
 *
 * <pre>{@code
 * MLModelQuantitativeAnalyses analyses = MLModelQuantitativeAnalyses.builder()
 *     .unitaryResults(ResultsType.ofString("https://dash.example.com/churn/unitary"))
 *     .build();   // {"unitaryResults":{"string":"https://dash.example.com/churn/unitary"}}
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelQuantitativeAnalyses.class)
@JsonDeserialize(as = ImmutableMLModelQuantitativeAnalyses.class)
public interface MLModelQuantitativeAnalyses extends Aspect, WithUnknownFields {
  /** The {@code mlModelQuantitativeAnalyses} aspect type. */
  AspectType<MLModelQuantitativeAnalyses> TYPE = AspectType.of("mlModelQuantitativeAnalyses",
      "com.linkedin.ml.metadata.QuantitativeAnalyses", MLModelQuantitativeAnalyses.class,
      Set.of(EntityTypes.ML_MODEL));

  /** The results of evaluating the model on each factor alone. */
  @JsonProperty("unitaryResults")
  Optional<ResultsType> unitaryResults();

  /** The results of evaluating the model on intersections of factors. */
  @JsonProperty("intersectionalResults")
  Optional<ResultsType> intersectionalResults();

  @Override
  default AspectType<MLModelQuantitativeAnalyses> aspectType() {
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

  /** Builds an {@link MLModelQuantitativeAnalyses}; every field is optional. */
  final class Builder extends ImmutableMLModelQuantitativeAnalyses.Builder {}
}
