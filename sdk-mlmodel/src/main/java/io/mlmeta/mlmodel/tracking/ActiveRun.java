package io.mlmeta.mlmodel.tracking;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.internal.NamedValues;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.Urn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A training run under way, started by {@link RunScope#start} or {@link RunScope#run}: it logs hyperparameters and
 * metrics, links what the run read and produced, and records how the run ended. Its {@code STARTED} event and
 * system facts were written when it started; everything logged since is buffered and written together, in one
 * conditional update of the run, by {@link #flush} (also called by a log call once the scope's flush interval has
 * passed since the last write, and when the run ends).
 *
 * <p><b>Metrics.</b> DataHub keeps one value per metric ({@code mlTrainingRunProperties.trainingMetrics}, a list of
 * {@code MLMetric} name, value, description, {@code createdAt}); it has no field for a step. So each flush writes,
 * per metric, its latest value as MLflow picks it (highest step, then latest time, then last logged) with
 * {@code createdAt} = when that value was measured, replacing the metric's earlier value in place. The step orders
 * the values and is kept, with every value logged, on this object ({@link #metricHistory}); nothing is written that
 * DataHub would not accept. Hyperparameters are written as {@code hyperParams}, one per name, the last value logged.
 *
 * <p><b>How it ends.</b> {@link #complete} records {@code COMPLETE} with result {@code SUCCESS}; {@link #fail}
 * records {@code COMPLETE} with result {@code FAILURE} and the exception as the run's custom property
 * {@value #ERROR}. {@link #close} on a run that neither completed nor failed records a failure too: try-with-resources
 * cannot see the exception that ends its block, so a block that did not reach {@code complete()} is taken as failed.
 * {@link RunScope#run} does both for you and is the form to use where a lambda fits. A run that ends in the
 * millisecond it started is recorded as ending one millisecond later, since DataHub keys run events by time and would
 * keep only one of the two.
 *
 * <pre>{@code
 * try (ActiveRun run = RunScope.of(client).start(TrainingRun.builder().runId(runId))) {
 *   run.logParam("learning_rate", 0.01);
 *   for (int epoch = 0; epoch < epochs; epoch++) {
 *     run.logMetric("loss", train(epoch), epoch);
 *   }
 *   run.producedModel(modelUrn).complete();
 * }   // without complete(), e.g. when train(...) threw: FAILURE
 * }</pre>
 *
 * <p>Thread-safe: threads may log to one run at once (each call holds the run while it buffers or writes). Writes that
 * a log call triggers and that fail are logged and retried at the next flush; {@link #flush}, {@link #complete},
 * {@link #fail} and {@link #close} throw their failures. The metric history is kept in memory for the life of the
 * object.
 */
public final class ActiveRun implements AutoCloseable {
  /** The custom property that holds why a failed run failed: the exception, as {@code Throwable.toString()}. */
  public static final String ERROR = "error";

  private static final Logger LOG = LoggerFactory.getLogger(ActiveRun.class);
  private static final int MAX_ERROR_CHARS = 2000;
  private static final String NOT_COMPLETED = "the run ended without complete() or fail(): its block threw or "
      + "returned early";

  private final EntityClient entities;
  private final TrainingRun run;
  private final Clock clock;
  private final long flushIntervalMillis;
  private final long startedMillis;
  private final Map<String, List<LoggedMetric>> history = new LinkedHashMap<>();
  private final Map<String, LoggedMetric> latest = new LinkedHashMap<>();
  private final Map<String, LoggedMetric> unwrittenMetrics = new LinkedHashMap<>();
  private final Map<String, MLHyperParam> unwrittenParams = new LinkedHashMap<>();
  private long lastWriteMillis;
  private RunResultType result;

  private ActiveRun(EntityClient entities, TrainingRun run, Clock clock, long flushIntervalMillis, long started) {
    this.entities = entities;
    this.run = run;
    this.clock = clock;
    this.flushIntervalMillis = flushIntervalMillis;
    this.startedMillis = started;
    this.lastWriteMillis = started;
  }

  /** Writes {@code run}, which started at {@code started}, with {@code facts} as custom properties. */
  static ActiveRun start(EntityClient entities, TrainingRun run, long started, Clock clock, long flushIntervalMillis,
      Map<String, String> facts) {
    run.modify(DataProcessInstanceProperties.TYPE, p -> withProperties(p, run.runId(), started, facts));
    entities.upsert(run);
    return new ActiveRun(entities, run, clock, flushIntervalMillis, started);
  }

  /** The run entity; only once the run has ended, when nothing else changes it. */
  TrainingRun trainingRun() {
    return run;
  }

  /** The run's URN. */
  public DataProcessInstanceUrn urn() {
    return run.urn();
  }

  /** When the run started, in epoch milliseconds. */
  public long startedMillis() {
    return startedMillis;
  }

  /**
   * Logs hyperparameter {@code name} with {@code value} (a number, string or boolean); a later value of the same
   * name replaces it.
   *
   * @throws IllegalArgumentException naming the parameter if its name is empty or its value of another type
   * @throws IllegalStateException if the run has ended
   */
  public synchronized ActiveRun logParam(String name, Object value) {
    MLHyperParam param = NamedValues.one("hyperparameter", name, value, MLHyperParam::of);
    checkRunning("log hyperparameter '" + name + "'");
    unwrittenParams.put(name, param);
    return afterLog();
  }

  /** Logs every entry of {@code params} as {@link #logParam} does, in the map's iteration order. */
  public synchronized ActiveRun logParams(Map<String, ?> params) {
    Map<String, MLHyperParam> batch = new LinkedHashMap<>();
    NamedValues.forEach("hyperparameter", params,
        (name, value) -> batch.put(name, NamedValues.one("hyperparameter", name, value, MLHyperParam::of)));
    checkRunning("log hyperparameters");
    unwrittenParams.putAll(batch);
    return afterLog();
  }

  /** Logs metric {@code name} at {@code value}, step 0, measured now. */
  public ActiveRun logMetric(String name, double value) {
    return logMetric(name, value, 0);
  }

  /** Logs metric {@code name} at {@code value} at {@code step} (an epoch or iteration), measured now. */
  public synchronized ActiveRun logMetric(String name, double value, long step) {
    return logMetric(name, value, step, clock.millis());
  }

  /**
   * Logs metric {@code name} at {@code value} at {@code step}, measured at {@code timestampMillis} (epoch
   * milliseconds): e.g. to copy a metric's history from another tracker.
   *
   * @throws IllegalArgumentException if the name is empty or the time is not epoch milliseconds
   * @throws IllegalStateException if the run has ended
   */
  public synchronized ActiveRun logMetric(String name, double value, long step, long timestampMillis) {
    LoggedMetric metric = LoggedMetric.of(name, value, step, timestampMillis);
    checkRunning("log metric '" + name + "'");
    record(metric);
    return afterLog();
  }

  /** Logs every entry of {@code metrics} at step 0, measured now. */
  public ActiveRun logMetrics(Map<String, ? extends Number> metrics) {
    return logMetrics(metrics, 0);
  }

  /** Logs every entry of {@code metrics} at {@code step}, all measured now. */
  public synchronized ActiveRun logMetrics(Map<String, ? extends Number> metrics, long step) {
    long now = clock.millis();
    List<LoggedMetric> batch = new ArrayList<>(metrics.size());
    NamedValues.forEach("metric", metrics,
        (name, value) -> batch.add(LoggedMetric.of(name, ((Number) value).doubleValue(), step, now)));
    checkRunning("log metrics");
    batch.forEach(this::record);
    return afterLog();
  }

  /** Every value of metric {@code name} logged so far, in the order logged; empty if none. */
  public synchronized List<LoggedMetric> metricHistory(String name) {
    return List.copyOf(history.getOrDefault(name, List.of()));
  }

  /** The latest value of every metric logged so far (what DataHub is sent), by metric name in first-logged order. */
  public synchronized Map<String, LoggedMetric> latestMetrics() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(latest));
  }

  /** The latest value of metric {@code name}, if it was logged. */
  public synchronized Optional<LoggedMetric> latestMetric(String name) {
    return Optional.ofNullable(latest.get(name));
  }

  /** Sets custom property {@code key} of the run ({@code dataProcessInstanceProperties}) to {@code value}. */
  public synchronized ActiveRun putProperty(String key, String value) {
    Checks.checkNotEmpty("property", "key", key);
    Objects.requireNonNull(value, "value of property " + key);
    checkRunning("set property '" + key + "'");
    run.modify(DataProcessInstanceProperties.TYPE, p -> withProperties(p, run.runId(), startedMillis,
        Map.of(key, value)));
    return afterLog();
  }

  /** Records that the run read {@code input} (a dataset, mlModel or dataProcessInstance URN). */
  public synchronized ActiveRun addInput(Urn input) {
    checkRunning("add input " + input);
    run.addInput(input);
    return afterLog();
  }

  /** Records that the run wrote {@code output} (a dataset, mlModel or dataProcessInstance URN). */
  public synchronized ActiveRun addOutput(Urn output) {
    checkRunning("add output " + output);
    run.addOutput(output);
    return afterLog();
  }

  /**
   * Records that the run produced {@code model}: an output edge of the run (DataHub's
   * {@code DataProcessInstanceProduces}). The model's side of the link, its {@code trainingJobs}, is written where
   * the model is, e.g. by {@code ModelVersions.register} with this run as its training run.
   */
  public ActiveRun producedModel(MLModelUrn model) {
    return addOutput(Objects.requireNonNull(model, "model"));
  }

  /**
   * Writes what was logged since the last write, in one conditional update of the run; does nothing if nothing
   * was. Also allowed after the run ended, to retry a final write that failed.
   *
   * @throws DataHubException if the write failed; what it carried stays buffered for the next one
   */
  public synchronized void flush() {
    for (MLHyperParam param : unwrittenParams.values()) {
      run.addHyperParam(param);
    }
    unwrittenParams.clear();
    for (LoggedMetric metric : unwrittenMetrics.values()) {
      run.addTrainingMetric(MLMetric.builder().name(metric.name()).value(String.valueOf(metric.value()))
          .createdAt(metric.timestampMillis()).build());
    }
    unwrittenMetrics.clear();
    lastWriteMillis = clock.millis();
    if (!run.changedAspects().isEmpty() || !run.pendingEvents().isEmpty()) {
      entities.update(run);
    }
  }

  /**
   * Records that the run completed successfully ({@code COMPLETE}, result {@code SUCCESS}) and writes everything
   * logged.
   *
   * @throws IllegalStateException if the run has ended already
   * @throws DataHubException if the write failed; {@link #flush} tries it again
   */
  public synchronized void complete() {
    end(RunResultType.SUCCESS, null);
  }

  /**
   * Records that the run failed because of {@code cause} ({@code COMPLETE}, result {@code FAILURE}, the custom
   * property {@value #ERROR} set to {@code cause.toString()}, at most 2000 characters) and writes everything logged.
   *
   * @throws IllegalStateException if the run has ended already
   * @throws DataHubException if the write failed; {@link #flush} tries it again
   */
  public synchronized void fail(Throwable cause) {
    Objects.requireNonNull(cause, "cause");
    end(RunResultType.FAILURE, String.valueOf(cause));
  }

  /** Whether the run has ended, and how: {@code SUCCESS}, {@code FAILURE}, or empty while it runs. */
  public synchronized Optional<RunResultType> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Ends the run: if it neither completed nor failed, records a failure ("ended without complete()"), since the
   * block it closes did not reach {@link #complete}; then writes what is left. Idempotent.
   *
   * @throws DataHubException if the write failed
   */
  @Override
  public synchronized void close() {
    if (result == null) {
      end(RunResultType.FAILURE, NOT_COMPLETED);
    } else {
      flush();
    }
  }

  private void end(RunResultType outcome, String error) {
    checkRunning(outcome == RunResultType.SUCCESS ? "complete it" : "fail it");
    result = outcome;
    if (error != null) {
      String text = error.length() > MAX_ERROR_CHARS ? error.substring(0, MAX_ERROR_CHARS) : error;
      run.modify(DataProcessInstanceProperties.TYPE, p -> withProperties(p, run.runId(), startedMillis,
          Map.of(ERROR, text)));
    }
    run.completed(Math.max(clock.millis(), startedMillis + 1), outcome);
    flush();
  }

  private void record(LoggedMetric metric) {
    history.computeIfAbsent(metric.name(), n -> new ArrayList<>()).add(metric);
    LoggedMetric current = latest.get(metric.name());
    if (current == null || metric.isAtLeastAsLateAs(current)) {
      latest.put(metric.name(), metric);
      unwrittenMetrics.put(metric.name(), metric);
    }
  }

  private ActiveRun afterLog() {
    if (clock.millis() - lastWriteMillis >= flushIntervalMillis) {
      try {
        flush();
      } catch (DataHubException e) {
        LOG.warn("could not write what {} logged ({}); trying again at the next flush", run.urn(), e.getMessage());
      }
    }
    return this;
  }

  private void checkRunning(String what) {
    if (result != null) {
      throw new IllegalStateException("cannot " + what + ": run " + run.urn() + " has ended ("
          + result.name() + ")");
    }
  }

  /** {@code current} (created named {@code runId} at {@code createdMillis} if absent) with {@code more} put in. */
  private static DataProcessInstanceProperties withProperties(DataProcessInstanceProperties current, String runId,
      long createdMillis, Map<String, String> more) {
    if (current == null) {
      return DataProcessInstanceProperties.builder().name(runId)
          .created(AuditStamp.of(createdMillis, AuditStamp.INGESTION_ACTOR)).customProperties(more).build();
    }
    Map<String, String> merged = new LinkedHashMap<>(current.customProperties());
    merged.putAll(more);
    return current.toBuilder().customProperties(merged).build();
  }
}
