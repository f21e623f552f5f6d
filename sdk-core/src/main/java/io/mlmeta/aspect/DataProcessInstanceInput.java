package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code dataProcessInstanceInput} aspect: what a run read, such as the datasets a model was trained on.
 * Give plain URNs in {@code inputs} or, for servers from 2025 on, lineage edges in {@code inputEdges};
 * {@code inputs} is always written, {@code []} when only edges are given.
 *
 * <pre>{@code
 * DataProcessInstanceInput read = DataProcessInstanceInput.builder().addInputEdge(Edge.to(trainingSet)).build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceInput.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceInput.class)
public interface DataProcessInstanceInput extends Aspect, WithUnknownFields {
  /** The {@code dataProcessInstanceInput} aspect type. */
  AspectType<DataProcessInstanceInput> TYPE = AspectType.of("dataProcessInstanceInput",
      "com.linkedin.dataprocess.DataProcessInstanceInput", DataProcessInstanceInput.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE))
      .withRelationship("inputs/*", RelationshipTypes.CONSUMES)
      .withRelationship("inputEdges/*/destinationUrn", RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES);

  /** The inputs, as plain URNs. */
  @JsonProperty("inputs")
  List<Urn> inputs();

  /** The inputs, as lineage edges (servers released before 2025 do not know this field); left out when empty. */
  @JsonProperty("inputEdges")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Edge> inputEdges();

  /** The aspect holding {@code inputs} as plain URNs. */
  static DataProcessInstanceInput of(Urn... inputs) {
    return builder().addInputs(Objects.requireNonNull(inputs, "inputs")).build();
  }

  @Override
  default AspectType<DataProcessInstanceInput> aspectType() {
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

  /** Builds a {@link DataProcessInstanceInput}. */
  final class Builder extends ImmutableDataProcessInstanceInput.Builder {}
}
