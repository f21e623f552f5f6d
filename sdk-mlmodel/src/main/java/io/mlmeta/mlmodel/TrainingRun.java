package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceInput;
import io.mlmeta.aspect.DataProcessInstanceOutput;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasContainer;
import io.mlmeta.entity.HasPlatformInstance;
import io.mlmeta.entity.HasStatus;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.RunLineage;
import io.mlmeta.mlmodel.internal.RunTimeline;
import io.mlmeta.mlmodel.internal.Times;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A training run: a {@code dataProcessInstance} of sub-type {@code "ML Training Run"}. Its URN is
 * {@code urn:li:dataProcessInstance:<run id>} by default, as DataHub's AI client and its Vertex AI connector name
 * runs; a run built with an {@linkplain TrainingRunBuilder#orchestrator orchestrator} is named as DataHub's
 * {@code DataProcessInstance(id, orchestrator)} names it, {@link #urnOf(String, String)}, which is how DataHub's
 * MLflow connector names MLflow runs. It records what the run read and
 * wrote, its experiment, its hyperparameters and metrics, and its start and end as run events.
 *
 * <p>The ML side of the run, its hyperparameters, metrics, output URLs and link to the run in its platform, is the
 * {@code mlTrainingRunProperties} aspect, created on the first change with {@code id} set to the run id as DataHub's AI
 * client does. A hyperparameter or metric set again under the same name is replaced in place.
 *
 * <p>Run events are a timeseries: {@link #started} and {@link #completed} each record one event, sent after the
 * run's other aspects when it is saved. A run starts once and completes once, never before it started; the
 * completion carries {@code durationMillis} when this object saw the start.
 *
 * <p>A pipeline writes its run when it starts, so that DataHub shows it while it trains, and again when it ends:
 * the run is updatable once written, and the update adds the metrics and the end to what DataHub holds, keeping
 * what another writer added meanwhile.
 *
 * <pre>{@code
 * TrainingRun run = TrainingRun.builder()
 *     .runId("simple_training_run")
 *     .name("Simple Training Run")
 *     .addHyperParam("learning_rate", 0.01)
 *     .addInputDataset(DatasetUrn.of("snowflake", "iris_input"))
 *     .experiment(experiment)
 *     .started(Instant.now())
 *     .build();
 * client.entities().upsert(run);                          // STARTED
 * try {
 *   double accuracy = train();
 *   run.addTrainingMetric("accuracy", accuracy).completed(Instant.now(), RunResultType.SUCCESS);
 * } catch (RuntimeException e) {
 *   run.failed(Instant.now());                            // COMPLETE with result FAILURE
 *   throw e;
 * } finally {
 *   client.entities().update(run);                        // the metric and the end, as conditional writes
 * }
 * }</pre>
 *
 * <p>{@code io.mlmeta.mlmodel.tracking.RunScope} does this for you: it records the end from how the training code
 * returns or throws, writes system facts, and batches metrics logged step by step. A run written whole after it
 * ended is one {@code upsert} with both events.
 */
public final class TrainingRun extends Entity<TrainingRun> implements HasContainer<TrainingRun>,
    HasPlatformInstance<TrainingRun>, HasStatus<TrainingRun> {
  private static final List<AspectType<?>> ORDER = List.of(DataProcessInstanceProperties.TYPE, SubTypes.TYPE,
      MLTrainingRunProperties.TYPE, Container.TYPE, DataProcessInstanceInput.TYPE, DataProcessInstanceOutput.TYPE,
      DataPlatformInstance.TYPE, Status.TYPE);
  private static final NamedValueList<MLTrainingRunProperties, MLHyperParam> HYPER_PARAMS =
      NamedValueList.hyperParams(MLTrainingRunProperties::hyperParams,
          (p, values) -> p.toBuilder().hyperParams(values).build());
  private static final NamedValueList<MLTrainingRunProperties, MLMetric> TRAINING_METRICS =
      NamedValueList.metrics(MLTrainingRunProperties::trainingMetrics,
          (p, values) -> p.toBuilder().trainingMetrics(values).build());

  private final DataProcessInstanceUrn urn;
  private final String runId;
  private final RunTimeline timeline;

  TrainingRun(DataProcessInstanceUrn urn, String runId, Collection<? extends Aspect> aspects) {
    super(urn, aspects);
    this.urn = urn;
    this.runId = runId;
    this.timeline = new RunTimeline(urn);
  }

  TrainingRun(EntityAspects read) {
    super(read);
    this.urn = DataProcessInstanceUrn.parse(read.urn().toString());
    this.runId = aspect(MLTrainingRunProperties.TYPE).flatMap(MLTrainingRunProperties::id).orElse(urn.id());
    this.timeline = new RunTimeline(urn);
  }

  /**
   * The URN DataHub's {@code DataProcessInstance(id=runId, orchestrator=orchestrator)} gives a run:
   * {@code urn:li:dataProcessInstance:<datahub_guid({"id": runId, "orchestrator": orchestrator})>}. DataHub's MLflow
   * connector names MLflow run {@code runId} so, with orchestrator {@code "mlflow"}.
   */
  public static DataProcessInstanceUrn urnOf(String orchestrator, String runId) {
    Checks.checkNotEmpty("TrainingRun.orchestrator", orchestrator);
    Checks.checkNotEmpty("TrainingRun.runId", runId);
    return DataProcessInstanceUrn.of(DataHubGuid.of(Map.of("id", runId, "orchestrator", orchestrator)));
  }

  /** A builder of a new run; {@code runId} is required. */
  public static TrainingRunBuilder builder() {
    return new TrainingRunBuilder();
  }

  @Override
  public DataProcessInstanceUrn urn() {
    return urn;
  }

  /**
   * The run's id in its platform: the key of its URN, or for a run named by orchestrator (whose URN is a guid) the
   * id it was built with, kept in {@code mlTrainingRunProperties.id}.
   */
  public String runId() {
    return runId;
  }

  /** The run's display name ({@code dataProcessInstanceProperties.name}), if it has one. */
  public Optional<String> name() {
    return aspect(DataProcessInstanceProperties.TYPE).map(DataProcessInstanceProperties::name);
  }

  /** The custom properties of {@code dataProcessInstanceProperties}. */
  public Map<String, String> customProperties() {
    return aspect(DataProcessInstanceProperties.TYPE).map(DataProcessInstanceProperties::customProperties)
        .orElse(Map.of());
  }

  /** The {@code mlTrainingRunProperties} aspect, if the run has it. */
  public Optional<MLTrainingRunProperties> trainingRunProperties() {
    return aspect(MLTrainingRunProperties.TYPE);
  }

  /** The hyperparameters, in order. */
  public List<MLHyperParam> hyperParams() {
    return trainingRunProperties().map(MLTrainingRunProperties::hyperParams).orElse(List.of());
  }

  /** The training metrics, in order. */
  public List<MLMetric> trainingMetrics() {
    return trainingRunProperties().map(MLTrainingRunProperties::trainingMetrics).orElse(List.of());
  }

  /** Where the run wrote its outputs. */
  public List<String> outputUrls() {
    return trainingRunProperties().map(MLTrainingRunProperties::outputUrls).orElse(List.of());
  }

  /** The link to the run in its platform ({@code mlTrainingRunProperties.externalUrl}), if set. */
  public Optional<String> externalUrl() {
    return trainingRunProperties().flatMap(MLTrainingRunProperties::externalUrl);
  }

  /** Replaces the hyperparameters with one per entry of {@code hyperParams}, in its iteration order. */
  public TrainingRun setHyperParams(Map<String, ?> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return editTrainingRun(HYPER_PARAMS.replace(hyperParams));
  }

  /** Replaces the hyperparameters. */
  public TrainingRun setHyperParams(List<MLHyperParam> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return editTrainingRun(HYPER_PARAMS.replace(hyperParams));
  }

  /** Sets hyperparameter {@code name} to {@code value} (a number, string or boolean), in place or appended. */
  public TrainingRun addHyperParam(String name, Object value) {
    return editTrainingRun(HYPER_PARAMS.put(name, value));
  }

  /** Sets hyperparameter {@code hyperParam.name()} to {@code hyperParam}, in place or appended. */
  public TrainingRun addHyperParam(MLHyperParam hyperParam) {
    return editTrainingRun(HYPER_PARAMS.put(hyperParam));
  }

  /** Replaces the training metrics with one per entry of {@code metrics}, in its iteration order. */
  public TrainingRun setTrainingMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return editTrainingRun(TRAINING_METRICS.replace(metrics));
  }

  /** Replaces the training metrics. */
  public TrainingRun setTrainingMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return editTrainingRun(TRAINING_METRICS.replace(metrics));
  }

  /** Sets training metric {@code name} to {@code value}, in place or appended. */
  public TrainingRun addTrainingMetric(String name, Object value) {
    return editTrainingRun(TRAINING_METRICS.put(name, value));
  }

  /**
   * Sets training metric {@code metric.name()} to {@code metric}, in place or appended: for a metric with a
   * description or the time it was measured ({@code createdAt}).
   */
  public TrainingRun addTrainingMetric(MLMetric metric) {
    return editTrainingRun(TRAINING_METRICS.put(metric));
  }

  /** Adds an output URL (e.g. {@code s3://bucket/run-42/}) unless it is there. */
  public TrainingRun addOutputUrl(String url) {
    Objects.requireNonNull(url, "outputUrl");
    return editTrainingRun(p -> p.toBuilder().outputUrls(Edits.plus(p.outputUrls(), url)).build());
  }

  /** Sets the link to the run in its platform, e.g. the MLflow run page. */
  public TrainingRun setExternalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return editTrainingRun(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  /** Replaces the custom properties of {@code mlTrainingRunProperties}. */
  public TrainingRun setTrainingRunCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return editTrainingRun(p -> p.toBuilder().customProperties(copy).build());
  }

  /** What the run read: the plain inputs, then the destinations of the input edges. */
  public List<Urn> inputs() {
    return aspect(DataProcessInstanceInput.TYPE).map(i -> RunLineage.endpoints(i.inputs(), i.inputEdges()))
        .orElse(List.of());
  }

  /** What the run wrote: the plain outputs, then the destinations of the output edges. */
  public List<Urn> outputs() {
    return aspect(DataProcessInstanceOutput.TYPE).map(o -> RunLineage.endpoints(o.outputs(), o.outputEdges()))
        .orElse(List.of());
  }

  /** The experiment the run belongs to (its container), if set. */
  public Optional<Urn> experiment() {
    return container();
  }

  /** Adds input {@code dataset} as a lineage edge, unless the run has it. */
  public TrainingRun addInputDataset(DatasetUrn dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return addInput(dataset);
  }

  /** Adds input {@code input} (a dataset, mlModel or dataProcessInstance URN) as a lineage edge, unless present. */
  public TrainingRun addInput(Urn input) {
    return modify(DataProcessInstanceInput.TYPE, RunLineage.addInput(input));
  }

  /** Adds output {@code dataset} as a lineage edge, unless the run has it. */
  public TrainingRun addOutputDataset(DatasetUrn dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return addOutput(dataset);
  }

  /** Adds output {@code output} (a dataset, mlModel or dataProcessInstance URN) as a lineage edge, unless present. */
  public TrainingRun addOutput(Urn output) {
    return modify(DataProcessInstanceOutput.TYPE, RunLineage.addOutput(output));
  }

  /** Puts the run in {@code experiment} (its {@code container}). */
  public TrainingRun setExperiment(ContainerUrn experiment) {
    Objects.requireNonNull(experiment, "experiment");
    return setContainer(experiment);
  }

  /** Puts the run in {@code experiment}. */
  public TrainingRun setExperiment(Experiment experiment) {
    return setContainer(Objects.requireNonNull(experiment, "experiment").urn());
  }

  /** Records that the run started at {@code at}. */
  public TrainingRun started(Instant at) {
    Objects.requireNonNull(at, "at");
    return started(Times.millis("started", at));
  }

  /**
   * Records that the run started at {@code atMillis}, epoch milliseconds.
   *
   * @throws IllegalStateException if the run already started, or completed before {@code atMillis}
   */
  public TrainingRun started(long atMillis) {
    return recordEvent(timeline.start(atMillis));
  }

  /** Records that the run completed at {@code at} with {@code result}, called by its name natively. */
  public TrainingRun completed(Instant at, RunResultType result) {
    Objects.requireNonNull(at, "at");
    return completed(Times.millis("completed", at), result);
  }

  /** Records that the run completed at {@code atMillis} with {@code result}, called by its name natively. */
  public TrainingRun completed(long atMillis, RunResultType result) {
    return completed(atMillis, result, Objects.requireNonNull(result, "result").name());
  }

  /**
   * Records that the run completed at {@code at} with {@code result}, which its platform calls
   * {@code nativeResultType}.
   */
  public TrainingRun completed(Instant at, RunResultType result, String nativeResultType) {
    Objects.requireNonNull(at, "at");
    return completed(Times.millis("completed", at), result, nativeResultType);
  }

  /**
   * Records that the run completed at {@code atMillis} with {@code result}, which its platform calls
   * {@code nativeResultType} (e.g. MLflow's {@code "FINISHED"}).
   *
   * @throws IllegalStateException if the run already completed, or started after {@code atMillis}
   */
  public TrainingRun completed(long atMillis, RunResultType result, String nativeResultType) {
    return recordEvent(timeline.complete(atMillis, result, nativeResultType));
  }

  /** Records that the run failed at {@code at}: completed with {@link RunResultType#FAILURE}. */
  public TrainingRun failed(Instant at) {
    Objects.requireNonNull(at, "at");
    return completed(at, RunResultType.FAILURE);
  }

  /** Records that the run failed at {@code atMillis}: completed with {@link RunResultType#FAILURE}. */
  public TrainingRun failed(long atMillis) {
    return completed(atMillis, RunResultType.FAILURE);
  }

  private TrainingRun editTrainingRun(UnaryOperator<MLTrainingRunProperties> edit) {
    String id = runId;
    return modify(MLTrainingRunProperties.TYPE,
        Edits.orEmpty(() -> MLTrainingRunProperties.builder().id(id).build(), edit));
  }

  @Override
  protected List<AspectType<?>> aspectOrder() {
    return ORDER;
  }
}
