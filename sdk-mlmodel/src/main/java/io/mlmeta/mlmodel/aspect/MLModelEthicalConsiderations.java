package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelEthicalConsiderations} aspect of an mlModel (model card; Pegasus record
 * {@code EthicalConsiderations}): sensitive data, risks and their mitigations. Empty lists are left out.
 *
 * <pre>{@code
 * MLModelEthicalConsiderations ethics = MLModelEthicalConsiderations.builder()
 *     .addData("Model uses demographic data (age, location) which may be sensitive")
 *     .addMitigation("Regular bias audits conducted quarterly")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelEthicalConsiderations.class)
@JsonDeserialize(as = ImmutableMLModelEthicalConsiderations.class)
public interface MLModelEthicalConsiderations extends Aspect, WithUnknownFields {
  /** The {@code mlModelEthicalConsiderations} aspect type. */
  AspectType<MLModelEthicalConsiderations> TYPE = AspectType.of("mlModelEthicalConsiderations",
      "com.linkedin.ml.metadata.EthicalConsiderations", MLModelEthicalConsiderations.class,
      Set.of(EntityTypes.ML_MODEL));

  /** Sensitive data the model uses. */
  @JsonProperty("data")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> data();

  /** Whether and how the model affects human life or safety. */
  @JsonProperty("humanLife")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> humanLife();

  /** What was done to reduce the risks. */
  @JsonProperty("mitigations")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> mitigations();

  /** Risks and harms the model may cause. */
  @JsonProperty("risksAndHarms")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> risksAndHarms();

  /** Uses of the model that deserve care. */
  @JsonProperty("useCases")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> useCases();

  @Override
  default AspectType<MLModelEthicalConsiderations> aspectType() {
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

  /** Builds an {@link MLModelEthicalConsiderations}; every field is optional. */
  final class Builder extends ImmutableMLModelEthicalConsiderations.Builder {}
}
