package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.DomainUrn;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code domains} aspect: the domains an entity belongs to (DataHub's UI shows one). The newer
 * {@code domainAssociations} field, which the server keeps in step with {@code domains}, is not modelled.
 *
 * <pre>{@code
 * Domains domains = Domains.of(DomainUrn.of("forecasting"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDomains.class)
@JsonDeserialize(as = ImmutableDomains.class)
public interface Domains extends Aspect, WithUnknownFields {
  /** The {@code domains} aspect type. */
  AspectType<Domains> TYPE = AspectType.of("domains", "com.linkedin.domain.Domains", Domains.class,
      AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT)
      .withRelationship("domains/*", "AssociatedWith");

  /** The domains, in order. */
  @JsonProperty("domains")
  List<DomainUrn> domains();

  /** The aspect holding {@code domains}. */
  static Domains of(DomainUrn... domains) {
    return builder().addDomains(domains).build();
  }

  @Override
  default AspectType<Domains> aspectType() {
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

  /** Builds a {@link Domains}. */
  final class Builder extends ImmutableDomains.Builder {}
}
