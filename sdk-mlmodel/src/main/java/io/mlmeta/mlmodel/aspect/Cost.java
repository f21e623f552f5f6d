package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code cost} aspect of an mlModel ({@code com.linkedin.common.Cost}): the cost centre or amount the model is
 * charged to.
 *
 * <pre>{@code
 * Cost cost = Cost.of(CostValue.ofCostCode("CC-42"));   // {"costType":"ORG_COST_TYPE","cost":{"costCode":"CC-42"}}
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableCost.class)
@JsonDeserialize(as = ImmutableCost.class)
public interface Cost extends Aspect, WithUnknownFields {
  /** The {@code cost} aspect type. */
  AspectType<Cost> TYPE = AspectType.of("cost", "com.linkedin.common.Cost", Cost.class,
      Set.of(EntityTypes.ML_MODEL));

  /** The kind of cost. */
  @JsonProperty("costType")
  CostType costType();

  /** The cost: an id or a code. */
  @JsonProperty("cost")
  CostValue cost();

  /** An organisation cost ({@link CostType#ORG_COST_TYPE}) of {@code cost}. */
  static Cost of(CostValue cost) {
    return builder().costType(CostType.ORG_COST_TYPE).cost(cost).build();
  }

  @Override
  default AspectType<Cost> aspectType() {
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

  /** Builds a {@link Cost}; {@code costType} and {@code cost} are required. */
  final class Builder extends ImmutableCost.Builder {}
}
