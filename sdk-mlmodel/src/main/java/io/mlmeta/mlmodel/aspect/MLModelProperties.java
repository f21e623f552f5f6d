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
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The {@code mlModelProperties} aspect of an mlModel: what the model is, how it was trained and how it did, and its
 * links to training jobs, groups, deployments and features. {@code customProperties} and {@code tags} are always
 * written ({@code {}} and {@code []} when empty); the other lists are left out when empty.
 *
 * <p>{@code name}, {@code created} and {@code lastModified} are recent fields that servers released before 2025
 * ignore or, when validating strictly, reject.
 *
 * <pre>{@code
 * MLModelProperties properties = MLModelProperties.builder()
 *     .name("Customer Churn Prediction Model")
 *     .putCustomProperty("framework", "xgboost")
 *     .hyperParams(MLHyperParam.listOf(Map.of("max_depth", 6)))
 *     .addGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SdkStyle
@JsonSerialize(as = ImmutableMLModelProperties.class)
@JsonDeserialize(as = ImmutableMLModelProperties.class)
public interface MLModelProperties extends Aspect, WithUnknownFields {
  /** The {@code mlModelProperties} aspect type. */
  AspectType<MLModelProperties> TYPE = AspectType.of("mlModelProperties",
      "com.linkedin.ml.metadata.MLModelProperties", MLModelProperties.class, Set.of(EntityTypes.ML_MODEL))
      .withRelationship("trainingJobs/*", RelationshipTypes.TRAINED_BY)
      .withRelationship("downstreamJobs/*", RelationshipTypes.USED_BY)
      .withRelationship("mlFeatures/*", RelationshipTypes.CONSUMES)
      .withRelationship("deployments/*", RelationshipTypes.DEPLOYED_TO)
      .withRelationship("groups/*", RelationshipTypes.MEMBER_OF);

  /** Free-form key-value properties; written as {@code {}} when empty. */
  @JsonProperty("customProperties")
  Map<String, String> customProperties();

  /** A link to the model in its source system, e.g. the MLflow model-version page. */
  @JsonProperty("externalUrl")
  Optional<String> externalUrl();

  /** The jobs that trained the model: dataJob or dataProcessInstance URNs (edges {@code TrainedBy}). */
  @JsonProperty("trainingJobs")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Urn> trainingJobs();

  /** The jobs that use the model: dataJob or dataProcessInstance URNs (edges {@code UsedBy}). */
  @JsonProperty("downstreamJobs")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<Urn> downstreamJobs();

  /** The display name (a recent field); one line: no control characters (line breaks, tabs ...). */
  @JsonProperty("name")
  Optional<String> name();

  /** What the model does. */
  @JsonProperty("description")
  Optional<String> description();

  /** When the model was created, in epoch milliseconds; deprecated in favour of {@link #created()}. */
  @JsonProperty("date")
  Optional<Long> date();

  /** When and by whom the model was created in its source system (a recent field). */
  @JsonProperty("created")
  Optional<TimeStamp> created();

  /** When and by whom the model was last changed in its source system (a recent field). */
  @JsonProperty("lastModified")
  Optional<TimeStamp> lastModified();

  /** The model's version label. */
  @JsonProperty("version")
  Optional<VersionTag> version();

  /** The kind of model, e.g. {@code RandomForestClassifier}. */
  @JsonProperty("type")
  Optional<String> type();

  /** Typed hyperparameters by name; superseded by {@link #hyperParams()} but still shown. */
  @JsonProperty("hyperParameters")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, HyperParameterValue> hyperParameters();

  /** The hyperparameters, in order. */
  @JsonProperty("hyperParams")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLHyperParam> hyperParams();

  /** Metrics measured in training, in order. */
  @JsonProperty("trainingMetrics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLMetric> trainingMetrics();

  /** Metrics measured in production, in order. */
  @JsonProperty("onlineMetrics")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLMetric> onlineMetrics();

  /** The features the model consumes (edges {@code Consumes}). */
  @JsonProperty("mlFeatures")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLFeatureUrn> mlFeatures();

  /** Plain-text labels (not tag URNs; those go in {@code globalTags}); written as {@code []} when empty. */
  @JsonProperty("tags")
  List<String> tags();

  /** Where the model is deployed (edges {@code DeployedTo}). */
  @JsonProperty("deployments")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLModelDeploymentUrn> deployments();

  /** The groups the model belongs to (edges {@code MemberOf}). */
  @JsonProperty("groups")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<MLModelGroupUrn> groups();

  /** Validates the values when {@code build()} runs; called by the builder, not for direct use. */
  @Value.Check
  default void check() {
    MLChecks.checkJobs("MLModelProperties.trainingJobs", trainingJobs());
    MLChecks.checkJobs("MLModelProperties.downstreamJobs", downstreamJobs());
    date().ifPresent(time -> Checks.checkTime("MLModelProperties.date", time));
    name().ifPresent(name -> Checks.checkNoControlCharacters("MLModelProperties.name", name));
  }

  @Override
  default AspectType<MLModelProperties> aspectType() {
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

  /** Builds an {@link MLModelProperties}; every field is optional. */
  final class Builder extends ImmutableMLModelProperties.Builder {}
}
