package io.mlmeta.mlmodel.aspect;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.aspect.RelationshipTypes;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.aspect.WithUnknownFields;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.SdkStyle;
import io.mlmeta.mlmodel.internal.MLChecks;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelGroupProperties} aspect of an mlModelGroup, such as a registered model whose versions are the
 * models. {@code customProperties} is always written ({@code {}} when empty); empty job lists are left out.
 * Membership is recorded on the model side, in {@link MLModelProperties#groups()}.
 *
 * <p>{@code externalUrl}, {@code trainingJobs}, {@code downstreamJobs}, {@code name}, {@code created} and
 * {@code lastModified} are recent fields that servers released before 2025 ignore or, when validating strictly,
 * reject.
 *
 * <pre>{@code
 * MLModelGroupProperties group = MLModelGroupProperties.builder()
 *     .name("Airline Forecast Models")
 *     .description("Group of models for airline passenger forecasting")
 *     .putCustomProperty("team", "forecasting")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelGroupProperties.class)
@JsonDeserialize(as = ImmutableMLModelGroupProperties.class)
public interface MLModelGroupProperties extends Aspect, WithUnknownFields {
  /** The {@code mlModelGroupProperties} aspect type. */
  AspectType<MLModelGroupProperties> TYPE = AspectType.of("mlModelGroupProperties",
      "com.linkedin.ml.metadata.MLModelGroupProperties", MLModelGroupProperties.class,
      Set.of(EntityTypes.ML_MODEL_GROUP))
      .withRelationship("trainingJobs/*", RelationshipTypes.TRAINED_BY)
      .withRelationship("downstreamJobs/*", RelationshipTypes.USED_BY);

  /** Free-form key-value properties; written as {@code {}} when empty. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the group in its source system (a recent field). */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The jobs that trained the group's models: dataJob or dataProcessInstance URNs (edges {@code TrainedBy}). */
  @JsonProperty("trainingJobs")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Urn> trainingJobs();

  /** The jobs that use the group's models: dataJob or dataProcessInstance URNs (edges {@code UsedBy}). */
  @JsonProperty("downstreamJobs")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Urn> downstreamJobs();

  /** The display name (a recent field); one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  Optional<String> name();

  /** What the group holds. */
  @JsonProperty("description")
  Optional<String> description();

  /** When the group was created, in epoch milliseconds; deprecated in favour of {@link #created()}. */
  @JsonProperty("createdAt")
  Optional<Long> createdAt();

  /** When and by whom the group was created in its source system (a recent field). */
  @JsonProperty("created")
  Optional<TimeStamp> created();

  /** When and by whom the group was last changed in its source system (a recent field). */
  @JsonProperty("lastModified")
  Optional<TimeStamp> lastModified();

  /** The group's version label. */
  @JsonProperty("version")
  Optional<VersionTag> version();

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    MLChecks.checkJobs("MLModelGroupProperties.trainingJobs", trainingJobs());
    MLChecks.checkJobs("MLModelGroupProperties.downstreamJobs", downstreamJobs());
    createdAt().ifPresent(time -> Checks.checkTime("MLModelGroupProperties.createdAt", time));
    name().ifPresent(name -> Checks.checkNoControlCharacters("MLModelGroupProperties.name", name));
  }

  @Override
  default AspectType<MLModelGroupProperties> aspectType() {
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

  /** Builds an {@link MLModelGroupProperties}; every field is optional. */
  final class Builder extends ImmutableMLModelGroupProperties.Builder {}
}
