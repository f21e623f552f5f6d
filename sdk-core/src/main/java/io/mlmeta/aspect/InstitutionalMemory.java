package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The {@code institutionalMemory} aspect: the links (documentation, dashboards, runbooks) shown on an entity.
 *
 * <pre>{@code
 * InstitutionalMemory links = InstitutionalMemory.of(InstitutionalMemoryMetadata.of(
 *     "https://wiki.example.com/churn", "Model card", AuditStamp.of(Instant.now(), CorpUserUrn.of("jdoe"))));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableInstitutionalMemory.class)
@JsonDeserialize(as = ImmutableInstitutionalMemory.class)
public interface InstitutionalMemory extends Aspect, WithUnknownFields {
  /** The {@code institutionalMemory} aspect type. */
  AspectType<InstitutionalMemory> TYPE = AspectType.of("institutionalMemory",
      "com.linkedin.common.InstitutionalMemory", InstitutionalMemory.class,
      AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT);

  /** The links, in order. */
  @JsonProperty("elements")
  List<InstitutionalMemoryMetadata> elements();

  /** The aspect holding {@code elements}. */
  static InstitutionalMemory of(InstitutionalMemoryMetadata... elements) {
    return builder().addElements(Objects.requireNonNull(elements, "elements")).build();
  }

  @Override
  default AspectType<InstitutionalMemory> aspectType() {
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

  /** Builds an {@link InstitutionalMemory}. */
  final class Builder extends ImmutableInstitutionalMemory.Builder {}
}
