package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code documentation} aspect: documentation texts of an entity, each from its own source. Servers released
 * before 2025 do not know {@code lastModified}.
 *
 * <pre>{@code
 * Documentation docs = Documentation.of("Predicts churn from 90 days of usage.");
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDocumentation.class)
@JsonDeserialize(as = ImmutableDocumentation.class)
public interface Documentation extends Aspect, WithUnknownFields {
  /** The {@code documentation} aspect type. */
  AspectType<Documentation> TYPE = AspectType.of("documentation", "com.linkedin.common.Documentation",
      Documentation.class, AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT_AND_FEATURE);

  /** The documentation texts, in order. */
  @JsonProperty("documentations")
  List<DocumentationAssociation> documentations();

  /** Who changed the documentation last, and when. */
  @JsonProperty("lastModified")
  Optional<AuditStamp> lastModified();

  /** The aspect holding {@code docs}, each with no attribution. */
  static Documentation of(String... docs) {
    return builder()
        .documentations(Arrays.stream(Objects.requireNonNull(docs, "docs")).map(DocumentationAssociation::of)
            .collect(Collectors.toList()))
        .build();
  }

  @Override
  default AspectType<Documentation> aspectType() {
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

  /** Builds a {@link Documentation}. */
  final class Builder extends ImmutableDocumentation.Builder {}
}
