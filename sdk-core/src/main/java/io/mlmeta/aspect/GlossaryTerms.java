package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.GlossaryTermUrn;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code glossaryTerms} aspect: the business-glossary terms on an entity. The {@code auditStamp} is required
 * and has no default: DataHub rejects the aspect without it.
 *
 * <pre>{@code
 * GlossaryTerms terms = GlossaryTerms.of(AuditStamp.of(Instant.now(), AuditStamp.INGESTION_ACTOR),
 *     GlossaryTermUrn.of("forecasting"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableGlossaryTerms.class)
@JsonDeserialize(as = ImmutableGlossaryTerms.class)
public interface GlossaryTerms extends Aspect, WithUnknownFields {
  /** The {@code glossaryTerms} aspect type. */
  AspectType<GlossaryTerms> TYPE = AspectType.of("glossaryTerms", "com.linkedin.common.GlossaryTerms",
      GlossaryTerms.class, AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT)
      .withRelationship("terms/*/urn", RelationshipTypes.TERMED_WITH);

  /** The terms, in order. */
  @JsonProperty("terms")
  List<GlossaryTermAssociation> terms();

  /** When and by whom the terms last changed. */
  @JsonProperty("auditStamp")
  AuditStamp auditStamp();

  /** The aspect holding {@code terms} (each with nothing else set), last changed as {@code auditStamp} says. */
  static GlossaryTerms of(AuditStamp auditStamp, GlossaryTermUrn... terms) {
    return builder()
        .terms(Arrays.stream(Objects.requireNonNull(terms, "terms")).map(GlossaryTermAssociation::of)
            .collect(Collectors.toList()))
        .auditStamp(auditStamp)
        .build();
  }

  /** Whether {@code term} is among the terms. */
  default boolean hasTerm(GlossaryTermUrn term) {
    return terms().stream().anyMatch(t -> t.urn().equals(term));
  }

  @Override
  default AspectType<GlossaryTerms> aspectType() {
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

  /** Builds a {@link GlossaryTerms}; {@code auditStamp} is required. */
  final class Builder extends ImmutableGlossaryTerms.Builder {}
}
