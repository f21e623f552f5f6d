package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.ContainerUrn;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code container} aspect: the container an entity is part of, e.g. the experiment of a training run.
 *
 * <pre>{@code
 * Container inExperiment = Container.of(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395"));
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableContainer.class)
@JsonDeserialize(as = ImmutableContainer.class)
public interface Container extends Aspect, WithUnknownFields {
  /** The {@code container} aspect type. */
  AspectType<Container> TYPE = AspectType.of("container", "com.linkedin.container.Container", Container.class,
      Set.of(EntityTypes.DATASET, EntityTypes.CONTAINER, EntityTypes.DATA_JOB, EntityTypes.DATA_FLOW,
          EntityTypes.ML_MODEL, EntityTypes.ML_MODEL_DEPLOYMENT, EntityTypes.DATA_PROCESS_INSTANCE))
      .withRelationship("container", RelationshipTypes.IS_PART_OF);

  /** The container. */
  @JsonProperty("container")
  ContainerUrn container();

  /** The aspect placing an entity in {@code container}. */
  static Container of(ContainerUrn container) {
    return builder().container(container).build();
  }

  @Override
  default AspectType<Container> aspectType() {
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

  /** Builds a {@link Container}; {@code container} is required. */
  final class Builder extends ImmutableContainer.Builder {}
}
