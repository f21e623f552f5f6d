package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds a new {@link TrainingRun}; obtain it from {@link TrainingRun#builder()}. {@code runId} is required. The
 * run is named {@code urn:li:dataProcessInstance:<runId>} unless an {@link #orchestrator} is given.
 *
 * <p>{@code dataProcessInstanceProperties} is written only when a {@link #name} is given. Its {@code created}
 * stamp, which DataHub requires, is {@link #created} (or else the {@link #started} time) by {@link #createdBy}
 * (or else {@code urn:li:corpuser:__ingestion}, DataHub's ingestion actor); a name without either time is refused
 * rather than stamped with the clock. {@link #customProperties} belong to that aspect too, while
 * {@link #externalUrl} and the hyperparameters, metrics and output URLs go to {@code mlTrainingRunProperties}.
 */
public final class TrainingRunBuilder {
  private static final String ENTITY = "TrainingRun";

  private final BuildSteps<TrainingRun> steps = new BuildSteps<>();

  private String runId;
  private String orchestrator;
  private DataPlatformUrn platform;
  private String name;
  private Long createdMillis;
  private Urn createdBy = AuditStamp.INGESTION_ACTOR;
  private final Map<String, String> customProperties = new LinkedHashMap<>();
  private Long startedMillis;

  TrainingRunBuilder() {}

  /**
   * The run's id in its platform, the key of its URN ({@code urn:li:dataProcessInstance:<runId>}, or hashed with the
   * {@link #orchestrator}); required.
   */
  public TrainingRunBuilder runId(String runId) {
    Objects.requireNonNull(runId, "runId");
    this.runId = runId;
    return this;
  }

  /**
   * Names the run as DataHub's {@code DataProcessInstance(id, orchestrator)} does,
   * {@link TrainingRun#urnOf(String, String)} (e.g. {@code "mlflow"} for runs as DataHub's MLflow connector writes
   * them), instead of by its raw id; the run id is then kept in {@code mlTrainingRunProperties.id}.
   */
  public TrainingRunBuilder orchestrator(String orchestrator) {
    Objects.requireNonNull(orchestrator, "orchestrator");
    this.orchestrator = orchestrator;
    return this;
  }

  /** The platform the run belongs to ({@code dataPlatformInstance.platform}), without an instance. */
  public TrainingRunBuilder platform(DataPlatformUrn platform) {
    this.platform = Objects.requireNonNull(platform, "platform");
    return this;
  }

  /** The run's display name; writes {@code dataProcessInstanceProperties}. */
  public TrainingRunBuilder name(String name) {
    Objects.requireNonNull(name, "name");
    this.name = name;
    return this;
  }

  /** When the run was created; the start time unless set. Needs a {@link #name}. */
  public TrainingRunBuilder created(Instant created) {
    return created(Objects.requireNonNull(created, "created").toEpochMilli());
  }

  /** When the run was created, in epoch milliseconds. Needs a {@link #name}. */
  public TrainingRunBuilder created(long createdMillis) {
    this.createdMillis = createdMillis;
    return this;
  }

  /** Who created the run; {@code urn:li:corpuser:__ingestion} unless set. */
  public TrainingRunBuilder createdBy(Urn actor) {
    this.createdBy = Objects.requireNonNull(actor, "actor");
    return this;
  }

  /** The custom properties of {@code dataProcessInstanceProperties}, replacing those given before. */
  public TrainingRunBuilder customProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    this.customProperties.clear();
    customProperties.forEach(this::putCustomProperty);
    return this;
  }

  /** Adds custom property {@code key} of {@code dataProcessInstanceProperties}. Needs a {@link #name}. */
  public TrainingRunBuilder putCustomProperty(String key, String value) {
    customProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
    return this;
  }

  /** The link to the run in its platform ({@code mlTrainingRunProperties.externalUrl}). */
  public TrainingRunBuilder externalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return step(r -> r.setExternalUrl(externalUrl));
  }

  /** The custom properties of {@code mlTrainingRunProperties}. */
  public TrainingRunBuilder trainingRunCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    return step(r -> r.setTrainingRunCustomProperties(customProperties));
  }

  /** The hyperparameters, one per entry in the map's iteration order. */
  public TrainingRunBuilder hyperParams(Map<String, ?> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return step(r -> r.setHyperParams(hyperParams));
  }

  /** The hyperparameters. */
  public TrainingRunBuilder hyperParams(List<MLHyperParam> hyperParams) {
    Objects.requireNonNull(hyperParams, "hyperParams");
    return step(r -> r.setHyperParams(hyperParams));
  }

  /** Adds hyperparameter {@code name} with {@code value} (a number, string or boolean). */
  public TrainingRunBuilder addHyperParam(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return step(r -> r.addHyperParam(name, value));
  }

  /** The training metrics, one per entry in the map's iteration order. */
  public TrainingRunBuilder trainingMetrics(Map<String, ?> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(r -> r.setTrainingMetrics(metrics));
  }

  /** The training metrics. */
  public TrainingRunBuilder trainingMetrics(List<MLMetric> metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return step(r -> r.setTrainingMetrics(metrics));
  }

  /** Adds training metric {@code name} with {@code value}. */
  public TrainingRunBuilder addTrainingMetric(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    return step(r -> r.addTrainingMetric(name, value));
  }

  /** Adds an output URL. */
  public TrainingRunBuilder addOutputUrl(String url) {
    Objects.requireNonNull(url, "url");
    return step(r -> r.addOutputUrl(url));
  }

  /** Adds an input dataset. */
  public TrainingRunBuilder addInputDataset(DatasetUrn dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return addInput(dataset);
  }

  /** Adds an input: a dataset, mlModel or dataProcessInstance URN. */
  public TrainingRunBuilder addInput(Urn input) {
    Objects.requireNonNull(input, "input");
    return step(r -> r.addInput(input));
  }

  /** Adds an output dataset. */
  public TrainingRunBuilder addOutputDataset(DatasetUrn dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return addOutput(dataset);
  }

  /** Adds an output: a dataset, mlModel or dataProcessInstance URN. */
  public TrainingRunBuilder addOutput(Urn output) {
    Objects.requireNonNull(output, "output");
    return step(r -> r.addOutput(output));
  }

  /** The experiment the run belongs to. */
  public TrainingRunBuilder experiment(ContainerUrn experiment) {
    Objects.requireNonNull(experiment, "experiment");
    return step(r -> r.setExperiment(experiment));
  }

  /** The experiment the run belongs to. */
  public TrainingRunBuilder experiment(Experiment experiment) {
    Objects.requireNonNull(experiment, "experiment");
    return step(r -> r.setExperiment(experiment));
  }

  /** The platform instance the run belongs to. */
  public TrainingRunBuilder platformInstance(DataPlatformInstanceUrn instance) {
    Objects.requireNonNull(instance, "instance");
    return step(r -> r.setPlatformInstance(instance));
  }

  /** Records that the run started at {@code started}, as {@link TrainingRun#started} does after building. */
  public TrainingRunBuilder started(Instant started) {
    return started(Objects.requireNonNull(started, "started").toEpochMilli());
  }

  /** Records that the run started at {@code startedMillis}, epoch milliseconds. */
  public TrainingRunBuilder started(long startedMillis) {
    this.startedMillis = startedMillis;
    return this;
  }

  /**
   * The run.
   *
   * @throws IllegalStateException if {@code runId} is missing, or a name is given without a created or started
   *     time, or created time or custom properties are given without a name
   */
  public TrainingRun build() {
    BuildSteps.required(ENTITY, "runId", runId);
    DataProcessInstanceUrn urn = orchestrator == null ? DataProcessInstanceUrn.of(runId)
        : TrainingRun.urnOf(orchestrator, runId);
    List<Aspect> initial = new ArrayList<>();
    if (name != null) {
      initial.add(properties());
    } else if (createdMillis != null || !customProperties.isEmpty()) {
      throw new IllegalStateException(ENTITY + ".name is required with created or customProperties: they belong to"
          + " dataProcessInstanceProperties, whose name is required");
    }
    initial.add(SubTypes.of(MLAssetSubTypes.ML_TRAINING_RUN));
    if (orchestrator != null) {
      initial.add(MLTrainingRunProperties.builder().id(runId).build());
    }
    if (platform != null) {
      initial.add(DataPlatformInstance.of(platform));
    }
    TrainingRun run = new TrainingRun(urn, runId, steps.applyTo(new TrainingRun(urn, runId, initial)));
    return startedMillis == null ? run : run.started(startedMillis);
  }

  private TrainingRunBuilder step(Consumer<TrainingRun> step) {
    steps.add(step);
    return this;
  }

  private DataProcessInstanceProperties properties() {
    Long time = createdMillis != null ? createdMillis : startedMillis;
    if (time == null) {
      throw new IllegalStateException(ENTITY + ".created (or started) is required with name '" + name
          + "': dataProcessInstanceProperties.created is required");
    }
    return DataProcessInstanceProperties.builder().name(name).created(AuditStamp.of(time, createdBy))
        .customProperties(customProperties).build();
  }
}
