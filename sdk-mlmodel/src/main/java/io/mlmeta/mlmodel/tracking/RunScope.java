package io.mlmeta.mlmodel.tracking;

import io.mlmeta.DataHubClient;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.TrainingRunBuilder;
import io.mlmeta.mlmodel.internal.SystemFacts;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a pipeline records its training runs in DataHub as they happen: {@link #run} runs a block of training code as
 * a run, {@link #start} starts one for try-with-resources. Either writes the run with its {@code STARTED} event at
 * once (so DataHub shows it while it trains), buffers what is logged ({@link ActiveRun}), and ends it with a
 * {@code COMPLETE} event whose result is {@code SUCCESS} or {@code FAILURE}.
 *
 * <pre>{@code
 * RunScope runs = RunScope.of(client).withSourceCommit(gitSha);
 * TrainingRun done = runs.run(TrainingRun.builder().runId("churn-2024-06-01").name("Nightly churn training")
 *     .experiment(experimentUrn).addInputDataset(features), run -> {
 *   run.logParam("learning_rate", 0.05).logParam("max_depth", 6);
 *   for (int epoch = 0; epoch < 20; epoch++) {
 *     run.logMetric("loss", trainOneEpoch(), epoch);
 *   }
 *   run.logMetric("auc", evaluate()).producedModel(modelUrn);
 * });   // COMPLETE/SUCCESS; had the block thrown: COMPLETE/FAILURE with the exception, then rethrown
 * }</pre>
 *
 * <p><b>System facts.</b> A started run records where it ran as custom properties of the run
 * ({@code dataProcessInstanceProperties}, where DataHub's connectors put a run's facts): {@code hostname} and
 * {@code unixname} (named as DataHub's Airflow connector names them), {@code java_version}, and {@code git_commit}
 * from {@link #withSourceCommit} or else the first of {@code $GIT_COMMIT}, {@code $GITHUB_SHA},
 * {@code $CI_COMMIT_SHA} that is set. A run built without a name is named by its run id, created when it starts.
 *
 * <p><b>Writes.</b> Starting is one whole write of the new run ({@code entities().upsert}); each flush and the end
 * are one conditional update of what changed ({@code entities().update}), so metadata another writer added to the run
 * meanwhile is kept. Instances are immutable and thread-safe; {@code with...} methods return a changed copy.
 */
public final class RunScope {
  /** How long logged values wait, at most, before a log call writes them, unless set otherwise: {@value} s. */
  public static final long DEFAULT_FLUSH_INTERVAL_SECONDS = 30;

  private final EntityClient entities;
  private final Clock clock;
  private final Duration flushInterval;
  private final String sourceCommit;
  private final boolean systemFacts;
  private final Map<String, String> env;

  private RunScope(EntityClient entities, Clock clock, Duration flushInterval, String sourceCommit,
      boolean systemFacts, Map<String, String> env) {
    this.entities = entities;
    this.clock = clock;
    this.flushInterval = flushInterval;
    this.sourceCommit = sourceCommit;
    this.systemFacts = systemFacts;
    this.env = env;
  }

  /** A scope that records runs through {@code client}'s entity client, with the default settings. */
  public static RunScope of(DataHubClient client) {
    return of(Objects.requireNonNull(client, "client").entities());
  }

  /** A scope that records runs through {@code entities} (e.g. one with other {@code withUpdateRetries}). */
  public static RunScope of(EntityClient entities) {
    return new RunScope(Objects.requireNonNull(entities, "entities"), Clock.systemUTC(),
        Duration.ofSeconds(DEFAULT_FLUSH_INTERVAL_SECONDS), null, true, System.getenv());
  }

  /** These settings with {@code clock} giving the times of run events and logged metrics. */
  public RunScope withClock(Clock clock) {
    return new RunScope(entities, Objects.requireNonNull(clock, "clock"), flushInterval, sourceCommit, systemFacts,
        env);
  }

  /**
   * These settings with logged values written by the first log call made {@code interval} or more after the last
   * write ({@link #DEFAULT_FLUSH_INTERVAL_SECONDS} unless set; zero: every log call writes). No thread writes on a
   * timer: a run that stops logging is written at its next {@code flush()} or when it ends.
   *
   * @throws IllegalArgumentException if {@code interval} is negative
   */
  public RunScope withFlushInterval(Duration interval) {
    Objects.requireNonNull(interval, "flushInterval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("flushInterval must not be negative but was " + interval);
    }
    return new RunScope(entities, clock, interval, sourceCommit, systemFacts, env);
  }

  /** These settings with {@code commit} recorded as the runs' {@code git_commit}, instead of from the environment. */
  public RunScope withSourceCommit(String commit) {
    Checks.checkNotEmpty("sourceCommit", commit);
    return new RunScope(entities, clock, flushInterval, commit, systemFacts, env);
  }

  /**
   * These settings recording system facts (host, user, Java version, commit) on each run, or not, e.g. where the
   * host or user name must not leave the machine. They are recorded unless set otherwise.
   */
  public RunScope withSystemFacts(boolean record) {
    return new RunScope(entities, clock, flushInterval, sourceCommit, record, env);
  }

  /** These settings reading environment variables from {@code env}; for tests. */
  RunScope withEnvironment(Map<String, String> env) {
    return new RunScope(entities, clock, flushInterval, sourceCommit, systemFacts, Map.copyOf(env));
  }

  /**
   * Starts the run {@code run} builds, now: sets the builder's {@code started} time to this scope's clock (its
   * {@code created} time too, unless given), builds the run, records its {@code STARTED} event and system facts and
   * writes it. End it with {@link ActiveRun#complete()} or {@link ActiveRun#fail}; closing it without either
   * records a failure, since try-with-resources cannot tell whether its block threw.
   *
   * <pre>{@code
   * try (ActiveRun run = runs.start(TrainingRun.builder().runId(runId).name("Nightly churn training"))) {
   *   train(run);
   *   run.complete();
   * }
   * }</pre>
   *
   * @param run the builder of a new run, e.g. {@code MlflowNames.newRun(runId)} for a run MLflow tracks too
   * @throws IllegalStateException if the builder cannot build a run (no run id, say)
   * @throws io.mlmeta.error.DataHubException if the run could not be written
   */
  public ActiveRun start(TrainingRunBuilder run) {
    Objects.requireNonNull(run, "run");
    long now = clock.millis();
    TrainingRun built = run.started(now).build();
    Map<String, String> facts = systemFacts ? SystemFacts.collect(env, System::getProperty, sourceCommit)
        : sourceCommit == null ? Map.of() : Map.of(SystemFacts.GIT_COMMIT, sourceCommit);
    return ActiveRun.start(entities, built, now, clock, flushInterval.toMillis(), facts);
  }

  /**
   * Runs {@code body} as training run {@code run}: starts it ({@link #start}), runs the body, and records
   * {@code SUCCESS} when the body returns or {@code FAILURE} with the exception when it throws, which is then
   * rethrown (a failure to record the failure is added to it as suppressed). The body may end the run itself with
   * {@code complete()} or {@code fail(..)}.
   *
   * @return the run as written, ended
   * @throws X what the body threw
   * @throws io.mlmeta.error.DataHubException if the run could not be written
   */
  public <X extends Exception> TrainingRun run(TrainingRunBuilder run, RunBody<X> body) throws X {
    Objects.requireNonNull(body, "body");
    ActiveRun active = start(run);
    try {
      body.run(active);
    } catch (Throwable thrown) {
      try {
        if (active.result().isEmpty()) {
          active.fail(thrown);
        }
      } catch (RuntimeException | Error recording) {
        thrown.addSuppressed(recording);
      }
      throw thrown;
    }
    if (active.result().isEmpty()) {
      active.complete();
    } else {
      active.flush();
    }
    return active.trainingRun();
  }

  @Override
  public String toString() {
    return "RunScope[flushInterval=" + flushInterval + ", systemFacts=" + systemFacts
        + (sourceCommit == null ? "" : ", sourceCommit=" + sourceCommit) + "]";
  }
}
