package io.mlmeta.mlmodel;

import io.mlmeta.entity.Modifiable;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.NamedValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The ML side of a training run (the {@code mlTrainingRunProperties} aspect): hyperparameters, metrics, output
 * URLs and a link to the run in its platform. The aspect is created on the first change, with {@code id} set to the
 * run id as DataHub's AI client does. A hyperparameter or metric set again under the same name is replaced in
 * place.
 *
 * @param <E> the concrete entity type
 */
public interface HasTrainingRunProperties<E> extends Modifiable<E> {
  /** The run's id, written as {@code mlTrainingRunProperties.id}. */
  String runId();

  /** The {@code mlTrainingRunProperties} aspect, if the run has it. */
  default Optional<MLTrainingRunProperties> trainingRunProperties() {
    return aspect(MLTrainingRunProperties.TYPE);
  }

  /** The hyperparameters, in order. */
  default List<MLHyperParam> hyperParams() {
    return trainingRunProperties().map(MLTrainingRunProperties::hyperParams).orElse(List.of());
  }

  /** The training metrics, in order. */
  default List<MLMetric> trainingMetrics() {
    return trainingRunProperties().map(MLTrainingRunProperties::trainingMetrics).orElse(List.of());
  }

  /** Where the run wrote its outputs. */
  default List<String> outputUrls() {
    return trainingRunProperties().map(MLTrainingRunProperties::outputUrls).orElse(List.of());
  }

  /** The link to the run in its platform ({@code mlTrainingRunProperties.externalUrl}), if set. */
  default Optional<String> externalUrl() {
    return trainingRunProperties().flatMap(MLTrainingRunProperties::externalUrl);
  }

  /** Replaces the hyperparameters with one per entry of {@code hyperParams}, in its iteration order. */
  default E setHyperParams(Map<String, ?> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return setHyperParams(MLHyperParam.listOf(hyperParams));
  }

  /** Replaces the hyperparameters. */
  default E setHyperParams(List<MLHyperParam> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    List<MLHyperParam> copy = List.copyOf(hyperParams);
    return editTrainingRun(p -> p.toBuilder().hyperParams(copy).build());
  }

  /** Sets hyperparameter {@code name} to {@code value} (a number, string or boolean), in place or appended. */
  default E addHyperParam(String name, Object value) {
    MLHyperParam param = NamedValues.one("hyperparameter", name, value, MLHyperParam::of);
    return editTrainingRun(p -> p.toBuilder().hyperParams(Edits.putNamed(p.hyperParams(), param, MLHyperParam::name))
        .build());
  }

  /** Replaces the training metrics with one per entry of {@code metrics}, in its iteration order. */
  default E setTrainingMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return setTrainingMetrics(MLMetric.listOf(metrics));
  }

  /** Replaces the training metrics. */
  default E setTrainingMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    List<MLMetric> copy = List.copyOf(metrics);
    return editTrainingRun(p -> p.toBuilder().trainingMetrics(copy).build());
  }

  /** Sets training metric {@code name} to {@code value}, in place or appended. */
  default E addTrainingMetric(String name, Object value) {
    MLMetric metric = NamedValues.one("metric", name, value, MLMetric::of);
    return editTrainingRun(p -> p.toBuilder()
        .trainingMetrics(Edits.putNamed(p.trainingMetrics(), metric, MLMetric::name)).build());
  }

  /** Adds an output URL (e.g. {@code s3://bucket/run-42/}) unless it is there. */
  default E addOutputUrl(String url) {
    Objects.requireNonNull(url, "outputUrl");
    return editTrainingRun(p -> p.toBuilder().outputUrls(Edits.plus(p.outputUrls(), url)).build());
  }

  /** Sets the link to the run in its platform, e.g. the MLflow run page. */
  default E setExternalUrl(String externalUrl) {
    return editTrainingRun(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  /** Replaces the custom properties of {@code mlTrainingRunProperties}. */
  default E setTrainingRunCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return editTrainingRun(p -> p.toBuilder().customProperties(copy).build());
  }

  private E editTrainingRun(UnaryOperator<MLTrainingRunProperties> edit) {
    String id = runId();
    return modify(MLTrainingRunProperties.TYPE,
        Edits.orEmpty(() -> MLTrainingRunProperties.builder().id(id).build(), edit));
  }
}
