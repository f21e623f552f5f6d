package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code editableMlModelGroupProperties} aspect of an mlModelGroup: the description as edited in DataHub's UI,
 * which DataHub shows in place of the one ingested in {@link MLModelGroupProperties}. Note the aspect name's
 * spelling ({@code Ml}, not {@code ML}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableEditableMLModelGroupProperties.class)
@JsonDeserialize(as = ImmutableEditableMLModelGroupProperties.class)
public interface EditableMLModelGroupProperties extends Aspect, WithUnknownFields {
  /** The {@code editableMlModelGroupProperties} aspect type. */
  AspectType<EditableMLModelGroupProperties> TYPE = AspectType.of("editableMlModelGroupProperties",
      "com.linkedin.ml.metadata.EditableMLModelGroupProperties", EditableMLModelGroupProperties.class,
      Set.of(EntityTypes.ML_MODEL_GROUP));

  /** The edited description. */
  @JsonProperty("description")
  Optional<String> description();

  /** The edited description {@code description}. */
  static EditableMLModelGroupProperties of(String description) {
    return builder().description(Objects.requireNonNull(description, "description")).build();
  }

  @Override
  default AspectType<EditableMLModelGroupProperties> aspectType() {
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

  /** Builds an {@link EditableMLModelGroupProperties}. */
  final class Builder extends ImmutableEditableMLModelGroupProperties.Builder {}
}
