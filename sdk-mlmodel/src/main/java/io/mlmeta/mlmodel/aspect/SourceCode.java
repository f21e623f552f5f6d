package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code sourceCode} aspect of an mlModel: links to the code of the model and of its training and evaluation
 * pipelines. The list is required, so it is written even when empty.
 *
 * <pre>{@code
 * SourceCode code = SourceCode.of(SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
 *     "https://github.com/example/ml-models/tree/main/churn-predictor"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableSourceCode.class)
@JsonDeserialize(as = ImmutableSourceCode.class)
public interface SourceCode extends Aspect, WithUnknownFields {
  /** The {@code sourceCode} aspect type. */
  AspectType<SourceCode> TYPE = AspectType.of("sourceCode", "com.linkedin.ml.metadata.SourceCode",
      SourceCode.class, Set.of(EntityTypes.ML_MODEL));

  /** The links, in order. */
  @JsonProperty("sourceCode")
  List<SourceCodeUrl> sourceCode();

  /** The links {@code urls}. */
  static SourceCode of(SourceCodeUrl... urls) {
    return builder().addSourceCode(Objects.requireNonNull(urls, "urls")).build();
  }

  @Override
  default AspectType<SourceCode> aspectType() {
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

  /** Builds a {@link SourceCode}. */
  final class Builder extends ImmutableSourceCode.Builder {}
}
