package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The {@code dataProcessInstanceRelationships} aspect: what a run is an instance of (a job, flow or dataset), the
 * run it is part of, and the runs that came before it. {@code upstreamInstances} is always written.
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceRelationships.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceRelationships.class)
public interface DataProcessInstanceRelationships extends Aspect, WithUnknownFields {
  /** The {@code dataProcessInstanceRelationships} aspect type. */
  AspectType<DataProcessInstanceRelationships> TYPE = AspectType.of("dataProcessInstanceRelationships",
      "com.linkedin.dataprocess.DataProcessInstanceRelationships", DataProcessInstanceRelationships.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE))
      .withRelationship("parentTemplate", RelationshipTypes.INSTANCE_OF)
      .withRelationship("parentInstance", RelationshipTypes.CHILD_OF)
      .withRelationship("upstreamInstances/*", RelationshipTypes.UPSTREAM_OF);

  /** The {@code dataJob}, {@code dataFlow} or {@code dataset} this run is an instance of. */
  @JsonProperty("parentTemplate")
  Optional<Urn> parentTemplate();

  /** The {@code dataProcessInstance} this run is part of. */
  @JsonProperty("parentInstance")
  Optional<Urn> parentInstance();

  /** The {@code dataProcessInstance}s that ran before this one and fed it. */
  @JsonProperty("upstreamInstances")
  List<Urn> upstreamInstances();

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    parentTemplate().ifPresent(t -> checkType("parentTemplate", t,
        Set.of(EntityTypes.DATA_JOB, EntityTypes.DATA_FLOW, EntityTypes.DATASET)));
    parentInstance().ifPresent(p -> checkType("parentInstance", p, Set.of(EntityTypes.DATA_PROCESS_INSTANCE)));
    upstreamInstances().forEach(u -> checkType("upstreamInstances", u, Set.of(EntityTypes.DATA_PROCESS_INSTANCE)));
  }

  private static void checkType(String field, Urn urn, Set<String> allowed) {
    if (!allowed.contains(urn.entityType())) {
      throw new IllegalArgumentException("DataProcessInstanceRelationships." + field + " must be a "
          + String.join(" or ", new TreeSet<>(allowed)) + " URN but was " + urn);
    }
  }

  @Override
  default AspectType<DataProcessInstanceRelationships> aspectType() {
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

  /** Builds a {@link DataProcessInstanceRelationships}. */
  final class Builder extends ImmutableDataProcessInstanceRelationships.Builder {}
}
