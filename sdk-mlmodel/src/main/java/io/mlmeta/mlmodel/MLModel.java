package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Applications;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasApplications;
import io.mlmeta.entity.HasContainer;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLifecycle;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasPlatformInstance;
import io.mlmeta.entity.HasStructuredProperties;
import io.mlmeta.entity.HasSubTypes;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.mlmodel.aspect.Cost;
import io.mlmeta.mlmodel.aspect.EditableMLModelProperties;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLModelCaveatsAndRecommendations;
import io.mlmeta.mlmodel.aspect.MLModelEthicalConsiderations;
import io.mlmeta.mlmodel.aspect.MLModelEvaluationData;
import io.mlmeta.mlmodel.aspect.MLModelFactorPrompts;
import io.mlmeta.mlmodel.aspect.MLModelMetrics;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.aspect.MLModelQuantitativeAnalyses;
import io.mlmeta.mlmodel.aspect.MLModelTrainingData;
import io.mlmeta.mlmodel.aspect.SourceCode;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.MLChecks;
import io.mlmeta.mlmodel.internal.Times;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ML model ({@code mlModel}): one trained model, identified by platform, name and environment, with its
 * properties, version and aliases, model card, ownership and classification.
 *
 * <p>The model card (Mitchell et al., 2019) is one aspect per section ({@code intendedUse}, {@code mlModelMetrics}
 * ...), each replaced as a whole by its setter. The groups, deployments and features the model is linked to are
 * lists in {@code mlModelProperties}; adding a link that is there already changes nothing.
 *
 * <p>A new model always holds {@code dataPlatformInstance} and {@code mlModelProperties} (with DataHub's defaults
 * {@code customProperties: {}} and {@code tags: []}), as DataHub's Python SDK writes them; its proposals follow
 * that SDK's order. Every mutator is recorded, so that saving a model read with {@code entities().get(urn)} keeps
 * what another writer added meanwhile (a deployment, an alias, an owner).
 *
 * <pre>{@code
 * MLModel model = MLModel.builder()
 *     .platform("mlflow")
 *     .name("customer-churn-predictor")
 *     .displayName("Customer Churn Prediction Model")
 *     .modelGroup(MLModelGroupUrn.of("mlflow", "customer-churn-models"))
 *     .version("1").addAlias("champion")
 *     .build();
 * client.entities().upsert(model);
 *
 * MLModel read = client.entities().get(model.urn(), MLModel.class);
 * read.addDeployment(MLModelDeploymentUrn.of("sagemaker", "recommendation-endpoint"));
 * client.entities().update(read);
 * }</pre>
 */
public final class MLModel extends Entity<MLModel> implements HasOwners<MLModel>, HasTags<MLModel>,
    HasTerms<MLModel>, HasDomain<MLModel>, HasLifecycle<MLModel>, HasPlatformInstance<MLModel>,
    HasContainer<MLModel>, HasLinks<MLModel>, HasVersion<MLModel>, EditableProperties<MLModel>,
    NamedAndDated<MLModel>, JobLinked<MLModel>, HasSubTypes<MLModel>, HasStructuredProperties<MLModel>,
    HasApplications<MLModel> {
  private static final List<AspectType<?>> ORDER = List.of(DataPlatformInstance.TYPE, MLModelProperties.TYPE,
      VersionProperties.TYPE, Ownership.TYPE, InstitutionalMemory.TYPE, GlobalTags.TYPE, GlossaryTerms.TYPE,
      Domains.TYPE, IntendedUse.TYPE, MLModelFactorPrompts.TYPE, MLModelMetrics.TYPE, MLModelEvaluationData.TYPE,
      MLModelTrainingData.TYPE, MLModelQuantitativeAnalyses.TYPE, MLModelEthicalConsiderations.TYPE,
      MLModelCaveatsAndRecommendations.TYPE, SourceCode.TYPE, Cost.TYPE, Deprecation.TYPE, Status.TYPE,
      Container.TYPE, SubTypes.TYPE, StructuredProperties.TYPE, Applications.TYPE,
      EditableMLModelProperties.TYPE);

  private static final MLModelProperties EMPTY = MLModelProperties.builder().build();
  private static final NamedValueList<MLModelProperties, MLHyperParam> HYPER_PARAMS = NamedValueList.hyperParams(
      MLModelProperties::hyperParams, (p, values) -> p.toBuilder().hyperParams(values).build());
  private static final NamedValueList<MLModelProperties, MLMetric> TRAINING_METRICS = NamedValueList.metrics(
      MLModelProperties::trainingMetrics, (p, values) -> p.toBuilder().trainingMetrics(values).build());
  private static final NamedValueList<MLModelProperties, MLMetric> ONLINE_METRICS = NamedValueList.metrics(
      MLModelProperties::onlineMetrics, (p, values) -> p.toBuilder().onlineMetrics(values).build());

  private final MLModelUrn urn;

  MLModel(MLModelUrn urn, Collection<? extends Aspect> aspects) {
    super(urn, aspects);
    this.urn = urn;
  }

  MLModel(EntityAspects read) {
    super(read);
    this.urn = MLModelUrn.parse(read.urn().toString());
  }

  /** A builder of a new model; {@code platform} and {@code name} are required. */
  public static MLModelBuilder builder() {
    return new MLModelBuilder();
  }

  @Override
  public MLModelUrn urn() {
    return urn;
  }

  /** The {@code mlModelProperties} aspect, if the model has it (a new model always does). */
  public Optional<MLModelProperties> properties() {
    return aspect(MLModelProperties.TYPE);
  }

  /** The name shown in DataHub ({@code mlModelProperties.name}), if set. */
  public Optional<String> displayName() {
    return properties().flatMap(MLModelProperties::name);
  }

  /** The description, if set. */
  public Optional<String> description() {
    return properties().flatMap(MLModelProperties::description);
  }

  /** The link to the model in its platform, if set. */
  public Optional<String> externalUrl() {
    return properties().flatMap(MLModelProperties::externalUrl);
  }

  /** The kind of model, e.g. {@code "RandomForestClassifier"}, if set. */
  public Optional<String> type() {
    return properties().flatMap(MLModelProperties::type);
  }

  /** The custom properties. */
  public Map<String, String> customProperties() {
    return properties().map(MLModelProperties::customProperties).orElse(Map.of());
  }

  /** When the model was created in its platform, if known. */
  public Optional<Instant> created() {
    return Times.instant(properties().flatMap(MLModelProperties::created));
  }

  /** When the model was last changed in its platform, if known. */
  public Optional<Instant> lastModified() {
    return Times.instant(properties().flatMap(MLModelProperties::lastModified));
  }

  /** The hyperparameters, in order. */
  public List<MLHyperParam> hyperParams() {
    return properties().map(MLModelProperties::hyperParams).orElse(List.of());
  }

  /** The metrics measured in training, in order. */
  public List<MLMetric> trainingMetrics() {
    return properties().map(MLModelProperties::trainingMetrics).orElse(List.of());
  }

  /** The metrics measured in production, in order. */
  public List<MLMetric> onlineMetrics() {
    return properties().map(MLModelProperties::onlineMetrics).orElse(List.of());
  }

  /**
   * The training runs that trained the model (dataProcessInstance URNs, as {@link TrainingRun#urn()}), or dataJob
   * URNs: DataHub's {@code mlModelProperties.trainingJobs}.
   */
  public List<Urn> trainingRuns() {
    return properties().map(MLModelProperties::trainingJobs).orElse(List.of());
  }

  /** The jobs that use the model. */
  public List<Urn> downstreamJobs() {
    return properties().map(MLModelProperties::downstreamJobs).orElse(List.of());
  }

  /** Sets the name shown in DataHub. */
  @Override
  public MLModel setDisplayName(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    return edit(p -> p.toBuilder().name(displayName).build());
  }

  /** Sets the description. */
  @Override
  public MLModel setDescription(String description) {
    Objects.requireNonNull(description, "description");
    return edit(p -> p.toBuilder().description(description).build());
  }

  /** Sets the link to the model in its platform. */
  @Override
  public MLModel setExternalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return edit(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  /** Sets the kind of model, e.g. {@code "RandomForestClassifier"}. */
  public MLModel setType(String type) {
    Objects.requireNonNull(type, "type");
    return edit(p -> p.toBuilder().type(type).build());
  }

  /** Replaces the custom properties. */
  @Override
  public MLModel setCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return edit(p -> p.toBuilder().customProperties(copy).build());
  }

  /** Sets custom property {@code key} to {@code value}, keeping the others. */
  @Override
  public MLModel addCustomProperty(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return edit(p -> p.toBuilder().customProperties(Edits.put(p.customProperties(), key, value)).build());
  }

  /** Sets when the model was created in its platform. */
  @Override
  public MLModel setCreated(Instant created) {
    TimeStamp stamp = Times.stamp("created", created);
    return edit(p -> p.toBuilder().created(stamp).build());
  }

  /** Sets when the model was last changed in its platform. */
  @Override
  public MLModel setLastModified(Instant lastModified) {
    TimeStamp stamp = Times.stamp("lastModified", lastModified);
    return edit(p -> p.toBuilder().lastModified(stamp).build());
  }

  /** Replaces the hyperparameters with one per entry of {@code hyperParams}, in its iteration order. */
  public MLModel setHyperParams(Map<String, ?> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return edit(HYPER_PARAMS.replace(hyperParams));
  }

  /** Replaces the hyperparameters. */
  public MLModel setHyperParams(List<MLHyperParam> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return edit(HYPER_PARAMS.replace(hyperParams));
  }

  /** Sets hyperparameter {@code name} to {@code value} (a number, string or boolean), in place or appended. */
  public MLModel addHyperParam(String name, Object value) {
    return edit(HYPER_PARAMS.put(name, value));
  }

  /** Sets hyperparameter {@code hyperParam.name()} to {@code hyperParam}, in place or appended. */
  public MLModel addHyperParam(MLHyperParam hyperParam) {
    return edit(HYPER_PARAMS.put(hyperParam));
  }

  /** Replaces the training metrics with one per entry of {@code metrics}, in its iteration order. */
  public MLModel setTrainingMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return edit(TRAINING_METRICS.replace(metrics));
  }

  /** Replaces the training metrics. */
  public MLModel setTrainingMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return edit(TRAINING_METRICS.replace(metrics));
  }

  /** Sets training metric {@code name} to {@code value}, in place or appended. */
  public MLModel addTrainingMetric(String name, Object value) {
    return edit(TRAINING_METRICS.put(name, value));
  }

  /**
   * Sets training metric {@code metric.name()} to {@code metric}, in place or appended: for a metric with a
   * description or the time it was measured ({@code createdAt}).
   */
  public MLModel addTrainingMetric(MLMetric metric) {
    return edit(TRAINING_METRICS.put(metric));
  }

  /** Replaces the online metrics with one per entry of {@code metrics}, in its iteration order. */
  public MLModel setOnlineMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return edit(ONLINE_METRICS.replace(metrics));
  }

  /** Replaces the online (production) metrics. */
  public MLModel setOnlineMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return edit(ONLINE_METRICS.replace(metrics));
  }

  /** Sets online metric {@code name} to {@code value}, in place or appended. */
  public MLModel addOnlineMetric(String name, Object value) {
    return edit(ONLINE_METRICS.put(name, value));
  }

  /**
   * Adds a training run of the model (a dataProcessInstance URN, as {@link TrainingRun#urn()}, or a dataJob URN),
   * unless it is there.
   */
  @Override
  public MLModel addTrainingRun(Urn run) {
    Objects.requireNonNull(run, "run");
    MLChecks.checkJob("trainingRun", run);
    return edit(p -> p.toBuilder().trainingJobs(Edits.plus(p.trainingJobs(), run)).build());
  }

  /** Removes training run {@code run}. */
  public MLModel removeTrainingRun(Urn run) {
    Objects.requireNonNull(run, "run");
    return edit(p -> p.toBuilder().trainingJobs(Edits.minus(p.trainingJobs(), run)).build());
  }

  /** Adds a job that uses the model (a dataJob or dataProcessInstance URN), unless it is there. */
  @Override
  public MLModel addDownstreamJob(Urn job) {
    MLChecks.checkJob("downstreamJob", job);
    return edit(p -> p.toBuilder().downstreamJobs(Edits.plus(p.downstreamJobs(), job)).build());
  }

  /** Removes downstream job {@code job}. */
  public MLModel removeDownstreamJob(Urn job) {
    Objects.requireNonNull(job, "downstreamJob");
    return edit(p -> p.toBuilder().downstreamJobs(Edits.minus(p.downstreamJobs(), job)).build());
  }

  /** The groups the model belongs to ({@code mlModelProperties.groups}, DataHub's {@code MemberOf}). */
  public List<MLModelGroupUrn> groups() {
    return properties().map(MLModelProperties::groups).orElse(List.of());
  }

  /** Where the model is deployed ({@code mlModelProperties.deployments}, DataHub's {@code DeployedTo}). */
  public List<MLModelDeploymentUrn> deployments() {
    return properties().map(MLModelProperties::deployments).orElse(List.of());
  }

  /** The features the model consumes ({@code mlModelProperties.mlFeatures}, DataHub's {@code Consumes}). */
  public List<MLFeatureUrn> features() {
    return properties().map(MLModelProperties::mlFeatures).orElse(List.of());
  }

  /** Records that the model is deployed to {@code deployment}, unless it is recorded already. */
  public MLModel addDeployment(MLModelDeploymentUrn deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return edit(p -> p.toBuilder().deployments(Edits.plus(p.deployments(), deployment)).build());
  }

  /** Removes deployment {@code deployment}. */
  public MLModel removeDeployment(MLModelDeploymentUrn deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return edit(p -> p.toBuilder().deployments(Edits.minus(p.deployments(), deployment)).build());
  }

  /** Adds the model to {@code group}, unless it is a member already. */
  public MLModel addGroup(MLModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return edit(p -> p.toBuilder().groups(Edits.plus(p.groups(), group)).build());
  }

  /** Makes {@code group} the model's only group. */
  public MLModel setGroup(MLModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return edit(p -> p.toBuilder().groups(List.of(group)).build());
  }

  /** Takes the model out of {@code group}. */
  public MLModel removeGroup(MLModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return edit(p -> p.toBuilder().groups(Edits.minus(p.groups(), group)).build());
  }

  /** Records that the model consumes {@code feature}, unless it is recorded already. */
  public MLModel addFeature(MLFeatureUrn feature) {
    Objects.requireNonNull(feature, "feature");
    return edit(p -> p.toBuilder().mlFeatures(Edits.plus(p.mlFeatures(), feature)).build());
  }

  /** Removes feature {@code feature}. */
  public MLModel removeFeature(MLFeatureUrn feature) {
    Objects.requireNonNull(feature, "feature");
    return edit(p -> p.toBuilder().mlFeatures(Edits.minus(p.mlFeatures(), feature)).build());
  }

  /** What the model is for and for whom ({@code intendedUse}), if recorded. */
  public Optional<IntendedUse> intendedUse() {
    return aspect(IntendedUse.TYPE);
  }

  /** Sets what the model is for and for whom. */
  public MLModel setIntendedUse(IntendedUse intendedUse) {
    return setCardSection(IntendedUse.TYPE, intendedUse, "intendedUse");
  }

  /** The factors that affect the model's performance ({@code mlModelFactorPrompts}), if recorded. */
  public Optional<MLModelFactorPrompts> factorPrompts() {
    return aspect(MLModelFactorPrompts.TYPE);
  }

  /** Sets the factors that affect the model's performance. */
  public MLModel setFactorPrompts(MLModelFactorPrompts factorPrompts) {
    return setCardSection(MLModelFactorPrompts.TYPE, factorPrompts, "factorPrompts");
  }

  /** The measures of performance and decision thresholds ({@code mlModelMetrics}), if recorded. */
  public Optional<MLModelMetrics> metrics() {
    return aspect(MLModelMetrics.TYPE);
  }

  /** Sets the measures of performance and decision thresholds. */
  public MLModel setMetrics(MLModelMetrics metrics) {
    return setCardSection(MLModelMetrics.TYPE, metrics, "metrics");
  }

  /** The datasets the model was evaluated on ({@code mlModelEvaluationData}), if recorded. */
  public Optional<MLModelEvaluationData> evaluationData() {
    return aspect(MLModelEvaluationData.TYPE);
  }

  /** Sets the datasets the model was evaluated on. */
  public MLModel setEvaluationData(MLModelEvaluationData evaluationData) {
    return setCardSection(MLModelEvaluationData.TYPE, evaluationData, "evaluationData");
  }

  /** The datasets the model was trained on ({@code mlModelTrainingData}), if recorded. */
  public Optional<MLModelTrainingData> trainingData() {
    return aspect(MLModelTrainingData.TYPE);
  }

  /** Sets the datasets the model was trained on. */
  public MLModel setTrainingData(MLModelTrainingData trainingData) {
    return setCardSection(MLModelTrainingData.TYPE, trainingData, "trainingData");
  }

  /** Links to disaggregated results ({@code mlModelQuantitativeAnalyses}), if recorded. */
  public Optional<MLModelQuantitativeAnalyses> quantitativeAnalyses() {
    return aspect(MLModelQuantitativeAnalyses.TYPE);
  }

  /** Sets the links to disaggregated results. */
  public MLModel setQuantitativeAnalyses(MLModelQuantitativeAnalyses quantitativeAnalyses) {
    return setCardSection(MLModelQuantitativeAnalyses.TYPE, quantitativeAnalyses, "quantitativeAnalyses");
  }

  /** Sensitive data, risks and mitigations ({@code mlModelEthicalConsiderations}), if recorded. */
  public Optional<MLModelEthicalConsiderations> ethicalConsiderations() {
    return aspect(MLModelEthicalConsiderations.TYPE);
  }

  /** Sets the sensitive data, risks and mitigations. */
  public MLModel setEthicalConsiderations(MLModelEthicalConsiderations ethicalConsiderations) {
    return setCardSection(MLModelEthicalConsiderations.TYPE, ethicalConsiderations, "ethicalConsiderations");
  }

  /** Caveats and recommendations ({@code mlModelCaveatsAndRecommendations}), if recorded. */
  public Optional<MLModelCaveatsAndRecommendations> caveatsAndRecommendations() {
    return aspect(MLModelCaveatsAndRecommendations.TYPE);
  }

  /** Sets the caveats and recommendations. */
  public MLModel setCaveatsAndRecommendations(MLModelCaveatsAndRecommendations caveatsAndRecommendations) {
    return setCardSection(MLModelCaveatsAndRecommendations.TYPE, caveatsAndRecommendations,
        "caveatsAndRecommendations");
  }

  /** The code of the model and its pipelines ({@code sourceCode}), if recorded. */
  public Optional<SourceCode> sourceCode() {
    return aspect(SourceCode.TYPE);
  }

  /** Sets the links to the code of the model and its pipelines. */
  public MLModel setSourceCode(SourceCode sourceCode) {
    return set(SourceCode.TYPE, Objects.requireNonNull(sourceCode, "sourceCode"));
  }

  /** The cost the model is charged to ({@code cost}), if recorded. */
  public Optional<Cost> cost() {
    return aspect(Cost.TYPE);
  }

  /** Sets the cost the model is charged to. */
  public MLModel setCost(Cost cost) {
    return set(Cost.TYPE, Objects.requireNonNull(cost, "cost"));
  }

  /** The description as edited in DataHub ({@code editableMlModelProperties}), shown in place of the ingested one. */
  public Optional<String> editableDescription() {
    return aspect(EditableMLModelProperties.TYPE).flatMap(EditableMLModelProperties::description);
  }

  /** Sets the description as edited in DataHub, which DataHub shows in place of {@link #description()}. */
  public MLModel setEditableDescription(String description) {
    Objects.requireNonNull(description, "editableDescription");
    return modify(EditableMLModelProperties.TYPE, current -> current == null
        ? EditableMLModelProperties.of(description) : current.toBuilder().description(description).build());
  }

  /**
   * Moves {@code alias} (e.g. {@code "champion"}) from version {@code from} to version {@code to}: removes it from
   * one and adds it to the other. Save both afterwards; each change is recorded, so neither save loses another
   * writer's aliases. Versions other than these two are not looked at; {@link ModelVersions#moveAlias} takes the
   * alias from every other version of the set.
   *
   * @throws IllegalStateException naming the alias if {@code to} has no version
   */
  public static void moveAlias(String alias, MLModel from, MLModel to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.version().isEmpty()) {
      throw new IllegalStateException("cannot move alias '" + alias + "' to " + to.urn() + ": it has no version");
    }
    if (from.version().isPresent()) {
      from.removeAlias(alias);
    }
    to.addAlias(alias);
  }

  private MLModel edit(UnaryOperator<MLModelProperties> edit) {
    return modify(MLModelProperties.TYPE, Edits.orEmpty(() -> EMPTY, edit));
  }

  /** Replaces model-card section {@code type} with {@code value}, refusing a missing one as {@code field}. */
  private <A extends Aspect> MLModel setCardSection(AspectType<A> type, A value, String field) {
    return set(type, Objects.requireNonNull(value, field));
  }

  @Override
  protected List<AspectType<?>> aspectOrder() {
    return ORDER;
  }
}
