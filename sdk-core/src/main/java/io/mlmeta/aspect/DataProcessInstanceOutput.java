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
 * The {@code dataProcessInstanceOutput} aspect: what a run wrote, such as the models it trained.
 * Give plain URNs in {@code outputs} or, for servers from 2025 on, lineage edges in {@code outputEdges};
 * {@code outputs} is always written, {@code []} when only edges are given.
 *
 * <pre>{@code
 * DataProcessInstanceOutput wrote = DataProcessInstanceOutput.builder().addOutputEdge(Edge.to(trainedModel)).build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableDataProcessInstanceOutput.class)
@JsonDeserialize(as = ImmutableDataProcessInstanceOutput.class)
public interface DataProcessInstanceOutput extends Aspect, WithUnknownFields {
  /** The {@code dataProcessInstanceOutput} aspect type. */
  AspectType<DataProcessInstanceOutput> TYPE = AspectType.of("dataProcessInstanceOutput",
      "com.linkedin.dataprocess.DataProcessInstanceOutput", DataProcessInstanceOutput.class,
      Set.of(EntityTypes.DATA_PROCESS_INSTANCE))
      .withRelationship("outputs/*", RelationshipTypes.PRODUCES)
      .withRelationship("outputEdges/*/destinationUrn", RelationshipTypes.DATA_PROCESS_INSTANCE_PRODUCES);

  /** The outputs, as plain URNs. */
  @JsonProperty("outputs")
  List<Urn> outputs();

  /** The outputs, as lineage edges (servers released before 2025 do not know this field); left out when empty. */
  @JsonProperty("outputEdges")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Edge> outputEdges();

  /** The aspect holding {@code outputs} as plain URNs. */
  static DataProcessInstanceOutput of(Urn... outputs) {
    return builder().addOutputs(Objects.requireNonNull(outputs, "outputs")).build();
  }

  @Override
  default AspectType<DataProcessInstanceOutput> aspectType() {
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

  /** Builds a {@link DataProcessInstanceOutput}. */
  final class Builder extends ImmutableDataProcessInstanceOutput.Builder {}
}
