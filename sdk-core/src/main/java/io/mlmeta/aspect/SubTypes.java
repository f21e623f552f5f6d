package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code subTypes} aspect: what kind of entity this is within its type, as plain names such as
 * {@code "ML Training Run"} or {@code "ML Experiment"} that DataHub shows and filters on.
 *
 * <pre>{@code
 * SubTypes run = SubTypes.of("ML Training Run");
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableSubTypes.class)
@JsonDeserialize(as = ImmutableSubTypes.class)
public interface SubTypes extends Aspect, WithUnknownFields {
  /** The {@code subTypes} aspect type. */
  AspectType<SubTypes> TYPE = AspectType.of("subTypes", "com.linkedin.common.SubTypes", SubTypes.class,
      Set.of(EntityTypes.ML_MODEL, EntityTypes.ML_MODEL_GROUP, EntityTypes.DATA_PROCESS_INSTANCE,
          EntityTypes.CONTAINER, EntityTypes.DATASET, EntityTypes.DATA_JOB, EntityTypes.DATA_FLOW));

  /** The sub-type names, in order. */
  @JsonProperty("typeNames")
  List<String> typeNames();

  /** The aspect holding {@code typeNames}. */
  static SubTypes of(String... typeNames) {
    return builder().addTypeNames(Objects.requireNonNull(typeNames, "typeNames")).build();
  }

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    typeNames().forEach(name -> Checks.checkNotEmpty("SubTypes.typeNames element", name));
  }

  @Override
  default AspectType<SubTypes> aspectType() {
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

  /** Builds a {@link SubTypes}. */
  final class Builder extends ImmutableSubTypes.Builder {}
}
