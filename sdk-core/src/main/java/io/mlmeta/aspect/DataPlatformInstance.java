package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code dataPlatformInstance} aspect: the platform an entity lives on and, when there are several, which
 * instance of it.
 *
 * <pre>{@code
 * DataPlatformInstance onMlflow = DataPlatformInstance.of(DataPlatformUrn.of("mlflow"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataPlatformInstance.class)
@JsonDeserialize(as = ImmutableDataPlatformInstance.class)
public interface DataPlatformInstance extends Aspect, WithUnknownFields {
  /** The {@code dataPlatformInstance} aspect type. */
  AspectType<DataPlatformInstance> TYPE = AspectType.of("dataPlatformInstance",
      "com.linkedin.common.DataPlatformInstance", DataPlatformInstance.class, AspectEntityTypes.GOVERNED_AND_RUNS);

  /** The platform. */
  @JsonProperty("platform")
  DataPlatformUrn platform();

  /** The instance of the platform, if there are several. */
  @JsonProperty("instance")
  Optional<DataPlatformInstanceUrn> instance();

  /** The aspect for {@code platform}, with no instance. */
  static DataPlatformInstance of(DataPlatformUrn platform) {
    return builder().platform(platform).build();
  }

  /** The aspect for {@code instance}, whose platform it names. */
  static DataPlatformInstance of(DataPlatformInstanceUrn instance) {
    return builder().platform(Objects.requireNonNull(instance, "instance").platform()).instance(instance).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    if (instance().isPresent() && !instance().get().platform().equals(platform())) {
      throw new IllegalArgumentException("DataPlatformInstance.instance must be an instance of " + platform()
          + " but was " + instance().get());
    }
  }

  @Override
  default AspectType<DataPlatformInstance> aspectType() {
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

  /** Builds a {@link DataPlatformInstance}; {@code platform} is required. */
  final class Builder extends ImmutableDataPlatformInstance.Builder {}
}
