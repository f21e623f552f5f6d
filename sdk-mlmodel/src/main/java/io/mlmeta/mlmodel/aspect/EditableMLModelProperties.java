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
 * The {@code editableMlModelProperties} aspect of an mlModel: the description as edited in DataHub's UI, which
 * DataHub shows in place of the one ingested in {@link MLModelProperties}. Note the aspect name's spelling
 * ({@code Ml}, not {@code ML}).
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableEditableMLModelProperties.class)
@JsonDeserialize(as = ImmutableEditableMLModelProperties.class)
public interface EditableMLModelProperties extends Aspect, WithUnknownFields {
  /** The {@code editableMlModelProperties} aspect type. */
  AspectType<EditableMLModelProperties> TYPE = AspectType.of("editableMlModelProperties",
      "com.linkedin.ml.metadata.EditableMLModelProperties", EditableMLModelProperties.class,
      Set.of(EntityTypes.ML_MODEL));

  /** The edited description. */
  @JsonProperty("description")
  Optional<String> description();

  /** The edited description {@code description}. */
  static EditableMLModelProperties of(String description) {
    return builder().description(Objects.requireNonNull(description, "description")).build();
  }

  @Override
  default AspectType<EditableMLModelProperties> aspectType() {
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

  /** Builds an {@link EditableMLModelProperties}. */
  final class Builder extends ImmutableEditableMLModelProperties.Builder {}
}
