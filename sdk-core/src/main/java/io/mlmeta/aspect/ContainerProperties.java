package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.FabricType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code containerProperties} aspect: the name, description and properties of a container such as an ML
 * experiment. {@code customProperties} is always written, {@code {}} when empty.
 *
 * <pre>{@code
 * ContainerProperties experiment = ContainerProperties.builder()
 *     .name("Airline forecast experiment")
 *     .putCustomProperty("team", "forecasting")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableContainerProperties.class)
@JsonDeserialize(as = ImmutableContainerProperties.class)
public interface ContainerProperties extends Aspect, WithUnknownFields {
  /** The {@code containerProperties} aspect type. */
  AspectType<ContainerProperties> TYPE = AspectType.of("containerProperties",
      "com.linkedin.container.ContainerProperties", ContainerProperties.class, Set.of(EntityTypes.CONTAINER));

  /** Free-form key-value properties. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the container in its source system. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The display name; one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  String name();

  /** The fully qualified name, if it differs from the name. */
  @JsonProperty("qualifiedName")
  Optional<String> qualifiedName();

  /** What the container holds. */
  @JsonProperty("description")
  Optional<String> description();

  /** The environment the container belongs to. */
  @JsonProperty("env")
  Optional<FabricType> env();

  /** When the container was created in its source system. */
  @JsonProperty("created")
  Optional<TimeStamp> created();

  /** When the container was last changed in its source system. */
  @JsonProperty("lastModified")
  Optional<TimeStamp> lastModified();

  /** The properties of a container called {@code name}, with nothing else set. */
  static ContainerProperties of(String name) {
    return builder().name(name).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    Checks.checkNotEmpty("ContainerProperties.name", name());
    Checks.checkNoControlCharacters("ContainerProperties.name", name());
  }

  @Override
  default AspectType<ContainerProperties> aspectType() {
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

  /** Builds a {@link ContainerProperties}; {@code name} is required. */
  final class Builder extends ImmutableContainerProperties.Builder {}
}
