package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import org.immutables.value.Value;

/** A link to source code and what the code is ({@code com.linkedin.ml.metadata.SourceCodeUrl}). */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableSourceCodeUrl.class)
@JsonDeserialize(as = ImmutableSourceCodeUrl.class)
public interface SourceCodeUrl extends WithUnknownFields {
  /** What the code is. */
  @JsonProperty("type")
  SourceCodeUrlType type();

  /** Where the code is. */
  @JsonProperty("sourceCodeUrl")
  String sourceCodeUrl();

  /** A link to code of kind {@code type} at {@code url}. */
  static SourceCodeUrl of(SourceCodeUrlType type, String url) {
    return builder().type(type).sourceCodeUrl(url).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("SourceCodeUrl.sourceCodeUrl", sourceCodeUrl());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this link's values. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SourceCodeUrl}; {@code type} and {@code sourceCodeUrl} are required. */
  final class Builder extends ImmutableSourceCodeUrl.Builder {}
}
