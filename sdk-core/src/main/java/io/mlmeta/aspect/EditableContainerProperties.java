package io.mlmeta.aspect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.internal.SdkStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code editableContainerProperties} aspect: what DataHub's users edit about a container, kept apart from the
 * {@code containerProperties} that ingestion writes.
 *
 * <pre>{@code
 * EditableContainerProperties edited = EditableContainerProperties.of("Models of the churn team.");
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableEditableContainerProperties.class)
@JsonDeserialize(as = ImmutableEditableContainerProperties.class)
public interface EditableContainerProperties extends Aspect, WithUnknownFields {
  /** The {@code editableContainerProperties} aspect type. */
  AspectType<EditableContainerProperties> TYPE = AspectType.of("editableContainerProperties",
      "com.linkedin.container.EditableContainerProperties", EditableContainerProperties.class,
      Set.of(EntityTypes.CONTAINER));

  /** The description as edited in DataHub. */
  @JsonProperty("description")
  Optional<String> description();

  /** The aspect holding {@code description}. */
  static EditableContainerProperties of(String description) {
    return builder().description(Objects.requireNonNull(description, "description")).build();
  }

  @Override
  default AspectType<EditableContainerProperties> aspectType() {
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

  /** Builds an {@link EditableContainerProperties}. */
  final class Builder extends ImmutableEditableContainerProperties.Builder {}
}
