package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The {@code applications} aspect: the applications an entity belongs to. Servers released before 2025 do not know
 * this aspect.
 *
 * <pre>{@code
 * Applications applications = Applications.of(Urn.parse("urn:li:application:churn-prediction"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableApplications.class)
@JsonDeserialize(as = ImmutableApplications.class)
public interface Applications extends Aspect, WithUnknownFields {
  /** The {@code applications} aspect type. */
  AspectType<Applications> TYPE = AspectType.of("applications", "com.linkedin.application.Applications",
      Applications.class, AspectEntityTypes.GOVERNED_EXCEPT_DEPLOYMENT_AND_FEATURE)
      .withRelationship("applications/*", RelationshipTypes.ASSOCIATED_WITH);

  /** The entity type of an application's URN, {@code application}. */
  String APPLICATION_TYPE = "application";

  /** The applications, in order, each a {@code urn:li:application:<id>}. */
  @JsonProperty("applications")
  List<Urn> applications();

  /** The aspect holding {@code applications}. */
  static Applications of(Urn... applications) {
    return builder().addApplications(Objects.requireNonNull(applications, "applications")).build();
  }

  /** This aspect with {@code application} added at the end; unchanged if it already holds it. */
  default Applications withApplication(Urn application) {
    return applications().contains(application) ? this : toBuilder().addApplication(application).build();
  }

  /** This aspect without {@code application}; unchanged if it does not hold it. */
  default Applications withoutApplication(Urn application) {
    return toBuilder().applications(applications().stream().filter(a -> !a.equals(application))
        .collect(Collectors.toList())).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    applications().forEach(a -> Checks.checkEntityType("Applications.applications element", a,
        a.entityType(), APPLICATION_TYPE));
  }

  @Override
  default AspectType<Applications> aspectType() {
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

  /** Builds an {@link Applications}. */
  final class Builder extends ImmutableApplications.Builder {}
}
