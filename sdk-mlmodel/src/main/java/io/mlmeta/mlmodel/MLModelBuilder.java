package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.mlmodel.aspect.Cost;
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
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a new {@link MLModel}; obtain it from {@link MLModel#builder()}. {@code platform} and {@code name} are
 * required, {@code env} defaults to {@code PROD}. Each call is applied through the model's own mutator when
 * {@link #build()} runs, in call order, so a later call to a replacing setter wins; the version is applied first,
 * then the aliases.
 *
 * @see MLModel
 */
public final class MLModelBuilder extends PlatformScopedBuilder<MLModelBuilder, MLModel> {
  private static final String ENTITY = "MLModel";

  private String version;
  private VersionSetUrn versionSet;
  private final List<String> aliases = new ArrayList<>();

  MLModelBuilder() {}

  /** The kind of model, e.g. {@code "RandomForestClassifier"}. */
  public MLModelBuilder type(String type) {
    Objects.requireNonNull(type, "type");
    return step(m -> m.setType(type));
  }

  /** The hyperparameters, one per entry in the map's iteration order. */
  public MLModelBuilder hyperParams(Map<String, ?> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return step(m -> m.setHyperParams(hyperParams));
  }

  /** The hyperparameters. */
  public MLModelBuilder hyperParams(List<MLHyperParam> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return step(m -> m.setHyperParams(hyperParams));
  }

  /** Adds hyperparameter {@code name} with {@code value} (a number, string or boolean). */
  public MLModelBuilder addHyperParam(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return step(m -> m.addHyperParam(name, value));
  }

  /** The training metrics, one per entry in the map's iteration order. */
  public MLModelBuilder trainingMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(m -> m.setTrainingMetrics(metrics));
  }

  /** The training metrics. */
  public MLModelBuilder trainingMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(m -> m.setTrainingMetrics(metrics));
  }

  /** Adds training metric {@code name} with {@code value}. */
  public MLModelBuilder addTrainingMetric(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return step(m -> m.addTrainingMetric(name, value));
  }

  /** The online metrics, one per entry in the map's iteration order. */
  public MLModelBuilder onlineMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(m -> m.setOnlineMetrics(metrics));
  }

  /** The online metrics. */
  public MLModelBuilder onlineMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(m -> m.setOnlineMetrics(metrics));
  }

  /** Adds online metric {@code name} with {@code value}. */
  public MLModelBuilder addOnlineMetric(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return step(m -> m.addOnlineMetric(name, value));
  }

  /** The group the model belongs to ({@code mlModelProperties.groups}). */
  public MLModelBuilder modelGroup(MLModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return step(m -> m.setGroup(group));
  }

  /** Adds a deployment of the model. */
  public MLModelBuilder addDeployment(MLModelDeploymentUrn deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return step(m -> m.addDeployment(deployment));
  }

  /** Adds a feature the model consumes. */
  public MLModelBuilder addFeature(MLFeatureUrn feature) {
    Objects.requireNonNull(feature, "feature");
    return step(m -> m.addFeature(feature));
  }

  /** The model card's intended use. */
  public MLModelBuilder intendedUse(IntendedUse intendedUse) {
    Objects.requireNonNull(intendedUse, "intendedUse");
    return step(m -> m.setIntendedUse(intendedUse));
  }

  /** The model card's factors that affect performance. */
  public MLModelBuilder factorPrompts(MLModelFactorPrompts factorPrompts) {
    Objects.requireNonNull(factorPrompts, "factorPrompts");
    return step(m -> m.setFactorPrompts(factorPrompts));
  }

  /** The model card's measures of performance ({@code mlModelMetrics}). */
  public MLModelBuilder metrics(MLModelMetrics metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(m -> m.setMetrics(metrics));
  }

  /** The model card's evaluation datasets. */
  public MLModelBuilder evaluationData(MLModelEvaluationData evaluationData) {
    Objects.requireNonNull(evaluationData, "evaluationData");
    return step(m -> m.setEvaluationData(evaluationData));
  }

  /** The model card's training datasets. */
  public MLModelBuilder trainingData(MLModelTrainingData trainingData) {
    Objects.requireNonNull(trainingData, "trainingData");
    return step(m -> m.setTrainingData(trainingData));
  }

  /** The model card's links to disaggregated results. */
  public MLModelBuilder quantitativeAnalyses(MLModelQuantitativeAnalyses quantitativeAnalyses) {
    Objects.requireNonNull(quantitativeAnalyses, "quantitativeAnalyses");
    return step(m -> m.setQuantitativeAnalyses(quantitativeAnalyses));
  }

  /** The model card's ethical considerations. */
  public MLModelBuilder ethicalConsiderations(MLModelEthicalConsiderations ethicalConsiderations) {
    Objects.requireNonNull(ethicalConsiderations, "ethicalConsiderations");
    return step(m -> m.setEthicalConsiderations(ethicalConsiderations));
  }

  /** The model card's caveats and recommendations. */
  public MLModelBuilder caveatsAndRecommendations(MLModelCaveatsAndRecommendations caveatsAndRecommendations) {
    Objects.requireNonNull(caveatsAndRecommendations, "caveatsAndRecommendations");
    return step(m -> m.setCaveatsAndRecommendations(caveatsAndRecommendations));
  }

  /** Links to the code of the model and its pipelines. */
  public MLModelBuilder sourceCode(SourceCode sourceCode) {
    Objects.requireNonNull(sourceCode, "sourceCode");
    return step(m -> m.setSourceCode(sourceCode));
  }

  /** The cost the model is charged to. */
  public MLModelBuilder cost(Cost cost) {
    Objects.requireNonNull(cost, "cost");
    return step(m -> m.setCost(cost));
  }

  /**
   * The version ({@code versionProperties}) in the model's own version set, DataHub's SDK default; see
   * {@link HasVersion}.
   */
  public MLModelBuilder version(String version) {
    Objects.requireNonNull(version, "version");
    this.version = version;
    this.versionSet = null;
    return this;
  }

  /**
   * The version in version set {@code versionSet}, shared with the other versions of the same model, as DataHub's
   * MLflow and Vertex AI connectors do (one set per registered model); see {@link HasVersion#setVersion(String,
   * VersionSetUrn)}.
   */
  public MLModelBuilder version(String version, VersionSetUrn versionSet) {
    Objects.requireNonNull(version, "version");
    this.version = version;
    this.versionSet = Objects.requireNonNull(versionSet, "versionSet");
    return this;
  }

  /** Adds an alias of the version, e.g. {@code "champion"}; needs a {@link #version}. */
  public MLModelBuilder addAlias(String alias) {
    Objects.requireNonNull(alias, "alias");
    aliases.add(alias);
    return this;
  }

  /**
   * The model.
   *
   * @throws IllegalStateException if {@code platform} or {@code name} is missing, or aliases were given without a
   *     version
   */
  public MLModel build() {
    MLModelUrn urn = MLModelUrn.of(requirePlatform(ENTITY), requireName(ENTITY), env());
    List<Aspect> initial = List.of(platformAspect(ENTITY), MLModelProperties.builder().build());
    MLModel draft = new MLModel(urn, initial);
    if (version != null && versionSet != null) {
      draft.setVersion(version, versionSet);
    } else if (version != null) {
      draft.setVersion(version);
    }
    aliases.forEach(draft::addAlias);
    return new MLModel(urn, applySteps(draft));
  }
}
