package io.mlmeta.mlmodel.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.DataProcessInstanceRunEvent;
import io.mlmeta.aspect.DataProcessRunStatus;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.TrainingRunBuilder;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The run scope on a backend: what a pipeline's run writes, when, and how it ends. */
abstract class RunScopeContract {
  static final long T0 = 1_750_000_000_000L;
  static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("nightly-42");
  static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "churn_3");
  static final Map<String, String> ENV = Map.of("HOSTNAME", "trainer-1", "GIT_COMMIT", "abc123");

  final TestClock clock = new TestClock(T0);

  /** The client under test, open for the test's duration. */
  abstract DataHubClient client();

  /** Another client of the same backend, for a concurrent writer. */
  abstract DataHubClient otherClient();

  /** Every run event of {@code run} stored, oldest first. */
  abstract List<DataProcessInstanceRunEvent> events(DataProcessInstanceUrn run);

  RunScope scope() {
    return RunScope.of(client()).withClock(clock).withEnvironment(ENV).withFlushInterval(Duration.ofHours(1));
  }

  static TrainingRunBuilder newRun() {
    return TrainingRun.builder().runId("nightly-42").name("Nightly churn training")
        .addInputDataset(DatasetUrn.of("snowflake", "features"));
  }

  TrainingRun stored() {
    return client().entities().get(RUN, TrainingRun.class);
  }

  @Test
  void aRunIsWrittenWhenItStartsAndCompletesWithItsLatestMetricsWhenTheBodyReturns() {
    List<List<DataProcessInstanceRunEvent>> seenDuringTheRun = new ArrayList<>();

    TrainingRun done = scope().run(newRun(), run -> {
      seenDuringTheRun.add(events(RUN));
      run.logParam("learning_rate", 0.05).logParams(Map.of("max_depth", 6));
      for (int epoch = 0; epoch < 5; epoch++) {
        clock.advance(Duration.ofSeconds(10));
        run.logMetric("loss", 1.0 / (epoch + 1), epoch);
      }
      run.logMetric("auc", 0.91);
      clock.advance(Duration.ofSeconds(5));
    });

    assertThat(seenDuringTheRun.get(0)).extracting(DataProcessInstanceRunEvent::status)
        .containsExactly(DataProcessRunStatus.STARTED);
    List<DataProcessInstanceRunEvent> events = events(RUN);
    assertThat(events).extracting(DataProcessInstanceRunEvent::status)
        .containsExactly(DataProcessRunStatus.STARTED, DataProcessRunStatus.COMPLETE);
    assertThat(events.get(0).timestampMillis()).isEqualTo(T0);
    assertThat(events.get(1).timestampMillis()).isEqualTo(T0 + 55_000);
    assertThat(events.get(1).result().orElseThrow().type()).isEqualTo(RunResultType.SUCCESS);
    assertThat(events.get(1).durationMillis()).contains(55_000L);
    TrainingRun back = stored();
    assertThat(back.trainingMetrics()).containsExactly(
        MLMetric.builder().name("loss").value("0.2").createdAt(T0 + 50_000).build(),
        MLMetric.builder().name("auc").value("0.91").createdAt(T0 + 50_000).build());
    assertThat(back.hyperParams()).extracting(p -> p.name() + "=" + p.value().orElseThrow())
        .containsExactly("learning_rate=0.05", "max_depth=6");
    assertThat(back.inputs()).containsExactly(DatasetUrn.of("snowflake", "features"));
    assertThat(back.name()).contains("Nightly churn training");
    assertThat(done.trainingMetrics()).isEqualTo(back.trainingMetrics());
  }

  @Test
  void aThrowingBodyRecordsAFailureWithTheExceptionAndTheExceptionIsRethrown() {
    IOException boom = new IOException("disk gone");

    assertThatThrownBy(() -> scope().run(newRun(), run -> {
      run.logMetric("loss", 0.7, 1);
      throw boom;
    })).isSameAs(boom);

    List<DataProcessInstanceRunEvent> events = events(RUN);
    assertThat(events).hasSize(2);
    assertThat(events.get(1).result().orElseThrow().type()).isEqualTo(RunResultType.FAILURE);
    assertThat(events.get(1).timestampMillis()).as("one ms after the start, so both are kept").isEqualTo(T0 + 1);
    assertThat(stored().customProperties()).containsEntry(ActiveRun.ERROR, "java.io.IOException: disk gone");
    assertThat(stored().trainingMetrics()).extracting(MLMetric::name).containsExactly("loss");
    assertThat(boom.getSuppressed()).isEmpty();
  }

  @Test
  void aCheckedExceptionOfTheBodyIsTheOneTheCallerHandles() {
    try {
      scope().run(newRun(), run -> {
        throw new IOException("checked");
      });
    } catch (IOException expected) {
      assertThat(expected).hasMessage("checked");
    }
    assertThat(scope().withClock(new TestClock(T0 + 60_000)).run(TrainingRun.builder().runId("other"),
        run -> run.logMetric("x", 1)).urn()).isEqualTo(DataProcessInstanceUrn.of("other"));
  }

  @Test
  void aTryBlockThatDoesNotReachCompleteIsRecordedAsFailed() {
    assertThatThrownBy(() -> {
      try (ActiveRun run = scope().start(newRun())) {
        run.logMetric("loss", 0.5);
        throw new UncheckedIOException(new IOException("lost"));
      }
    }).isInstanceOf(UncheckedIOException.class);

    assertThat(events(RUN).get(1).result().orElseThrow().type()).isEqualTo(RunResultType.FAILURE);
    assertThat(stored().customProperties().get(ActiveRun.ERROR)).contains("without complete()");
  }

  @Test
  void aTryBlockThatCompletesIsASuccessAndLoggingAfterTheEndIsRefused() {
    ActiveRun ended;
    try (ActiveRun run = scope().start(newRun())) {
      run.logMetric("loss", 0.5).complete();
      ended = run;
    }

    assertThat(ended.result()).contains(RunResultType.SUCCESS);
    assertThat(events(RUN).get(1).result().orElseThrow().type()).isEqualTo(RunResultType.SUCCESS);
    assertThat(stored().customProperties()).doesNotContainKey(ActiveRun.ERROR);
    assertThatThrownBy(() -> ended.logMetric("loss", 0.1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(RUN.toString()).hasMessageContaining("has ended (SUCCESS)");
    assertThatThrownBy(ended::complete).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theLatestValueOfAMetricIsItsHighestStepAndEveryValueIsKeptOnTheRun() {
    try (ActiveRun run = scope().start(newRun())) {
      run.logMetric("loss", 0.3, 5, T0 + 500).logMetric("loss", 0.9, 1, T0 + 900).logMetric("loss", 0.2, 5, T0 + 600);

      assertThat(run.latestMetric("loss").orElseThrow()).isEqualTo(LoggedMetric.of("loss", 0.2, 5, T0 + 600));
      assertThat(run.metricHistory("loss")).extracting(LoggedMetric::step).containsExactly(5L, 1L, 5L);
      assertThat(run.metricHistory("accuracy")).isEmpty();
      run.complete();
    }
    assertThat(stored().trainingMetrics()).containsExactly(
        MLMetric.builder().name("loss").value("0.2").createdAt(T0 + 600).build());
  }

  @Test
  void loggedValuesWaitUntilTheFlushIntervalHasPassed() {
    try (ActiveRun run = scope().withFlushInterval(Duration.ofSeconds(30)).start(newRun())) {
      run.logMetric("loss", 0.9);
      assertThat(stored().trainingMetrics()).isEmpty();

      clock.advance(Duration.ofSeconds(31));
      run.logMetric("loss", 0.8);
      assertThat(stored().trainingMetrics()).extracting(m -> m.value().orElseThrow()).containsExactly("0.8");

      run.logParam("seed", 7).flush();
      assertThat(stored().hyperParams()).hasSize(1);
      run.complete();
    }
  }

  @Test
  void theRunRecordsWhereItRan() {
    scope().run(newRun(), run -> { });
    assertThat(stored().customProperties()).containsEntry("hostname", "trainer-1")
        .containsEntry("unixname", System.getProperty("user.name"))
        .containsEntry("java_version", System.getProperty("java.version"))
        .containsEntry("git_commit", "abc123");

    scope().withSourceCommit("def456").withSystemFacts(false).withClock(new TestClock(T0 + 60_000))
        .run(TrainingRun.builder().runId("quiet"), run -> { });
    TrainingRun quiet = client().entities().get(DataProcessInstanceUrn.of("quiet"), TrainingRun.class);
    assertThat(quiet.customProperties()).containsOnly(Map.entry("git_commit", "def456"));
    assertThat(quiet.name()).as("a run built without a name is named by its id").contains("quiet");
  }

  @Test
  void theModelItProducedIsAnOutputOfTheRun() {
    scope().run(newRun(), run -> run.producedModel(MODEL).putProperty("team", "churn"));

    assertThat(stored().outputs()).containsExactly(MODEL);
    assertThat(stored().customProperties()).containsEntry("team", "churn");
    try (var edges = client().reader().relationships(RUN, Set.of("DataProcessInstanceProduces"),
        RelationshipDirection.OUTGOING)) {
      assertThat(edges.collect(Collectors.toList()))
          .containsExactly(Relationship.of("DataProcessInstanceProduces", MODEL));
    }
  }

  @Test
  void whatAnotherWriterAddsToTheRunWhileItTrainsIsKept() {
    scope().run(newRun(), run -> {
      run.logMetric("loss", 0.4).flush();
      otherClient().entities().modifyAspect(RUN, MLTrainingRunProperties.TYPE,
          p -> p.toBuilder().externalUrl("https://mlflow.example.com/runs/42").build());
      run.logMetric("auc", 0.8);
    });

    assertThat(stored().externalUrl()).contains("https://mlflow.example.com/runs/42");
    assertThat(stored().trainingMetrics()).extracting(MLMetric::name).containsExactly("loss", "auc");
  }

  @Test
  void threadsMayLogToOneRunAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ActiveRun run = scope().start(newRun())) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String name = "m" + t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            run.logMetric(name, i, i);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
      assertThat(run.latestMetrics()).hasSize(4);
      assertThat(run.metricHistory("m3")).hasSize(500);
      run.complete();
    } finally {
      pool.shutdown();
    }
    Map<String, String> latest = new LinkedHashMap<>();
    stored().trainingMetrics().forEach(m -> latest.put(m.name(), m.value().orElseThrow()));
    assertThat(latest).containsOnly(Map.entry("m0", "499.0"), Map.entry("m1", "499.0"), Map.entry("m2", "499.0"),
        Map.entry("m3", "499.0"));
  }

  @Test
  void badValuesAreRefusedNamingThemAndNothingIsLogged() {
    try (ActiveRun run = scope().start(newRun())) {
      assertThatThrownBy(() -> run.logParam("optimizer", List.of("adam")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'optimizer'");
      assertThatThrownBy(() -> run.logMetric("", 1.0)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("name");
      assertThatThrownBy(() -> run.logMetric("loss", 1.0, 0, -5)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'loss'").hasMessageContaining("-5");
      assertThat(run.latestMetrics()).isEmpty();
      run.complete();
    }
    assertThatThrownBy(() -> scope().start(TrainingRun.builder().name("no id")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("runId");
  }
}
