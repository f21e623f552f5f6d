package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.entity.Entity;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The complete ML workflow of DataHub's {@code dh_ai_docs_demo.py} (prefix {@code 0414}), steps 1 to 19: model
 * groups, models, experiments, training runs and datasets are created (steps 1-10), then linked and updated (steps
 * 11-19, in {@link DemoUpdates}). Entities authored here are written with {@code upsert}, so the demo can run again
 * over its own output; changes to existing entities are read-modify-writes with {@code update}.
 *
 * <p>Fixed here, unlike the Python demo: each experiment gets its own URN (the demo's {@code ContainerKey(name=...)}
 * drops the name, so both experiments collapse onto {@code urn:li:container:541501e1c563a2fe26dddead6e9ea395});
 * no {@code Authorization: Bearer None} header is sent without a token (the SDK sends no header then); the missing
 * {@code add_group} is {@code addGroup}; and the experiment's creation time is 2025-04-09 22:30 UTC rather than in
 * the host's time zone.
 *
 * <p>The demo's "now" (the creation times of the advanced group and model, the start of the basic run) is
 * {@link #DEMO_NOW} unless a clock is given, where the Python demo takes the time it runs: so that running it again
 * leaves the same state rather than another start event and new times.
 */
public final class AiWorkflowDemo {
  static final String LINK = "https://www.linkedin.com/in/datahub";
  /** 2025-04-09 22:30 UTC, the advanced experiment's creation time. */
  static final Instant EXPERIMENT_CREATED = Instant.parse("2025-04-09T22:30:00Z");
  /** When the advanced run started and, a second later, failed. */
  static final long RUN_STARTED = 1628580000000L;
  /** The demo's "now": 2025-04-14 00:00 UTC, the day of its {@code 0414} prefix. */
  public static final Instant DEMO_NOW = Instant.parse("2025-04-14T00:00:00Z");

  private AiWorkflowDemo() {}

  /** Runs steps 1-19 at {@link #DEMO_NOW}, so that a second run leaves the same state as the first. */
  public static void run(DataHubClient client, PrintStream out) {
    run(client, out, Clock.fixed(DEMO_NOW, ZoneOffset.UTC));
  }

  /** Runs steps 1-19; {@code clock} gives the demo's "now" (creation times, the basic run's start). */
  public static void run(DataHubClient client, PrintStream out, Clock clock) {
    long now = clock.millis();
    // 1-2. Basic model group and model.
    upsert(client, out, "1", MLModelGroup.builder().platform("mlflow").name("0414_basic_group")
        .displayName("0414 Basic Group").build());
    upsert(client, out, "2", MLModel.builder().platform("mlflow").name("0414_basic_model")
        .displayName("0414 Basic Model").build());
    // 3. Basic experiment: its id is part of its key, so it does not collide with the advanced one (step 8).
    upsert(client, out, "3", Experiment.builder().platform("mlflow").id("0414_basic_experiment")
        .displayName("0414 Basic Experiment").build());
    // 4. Basic run: only its sub-type and a start event, as in the Python demo.
    upsert(client, out, "4", TrainingRun.builder().runId("0414_basic_run").started(now).build());
    // 5. Basic dataset.
    emit(client, out, "5", DemoDatasets.basic());

    // 6-7. Advanced group and model (version 1, alias "champion").
    upsert(client, out, "6", MLModelGroup.builder()
        .platform("mlflow").name("0414_airline_forecast_models_group")
        .displayName("0414 Airline Forecast Models Group")
        .description("Group of models for airline passenger forecasting")
        .externalUrl(LINK).putCustomProperty("team", "forecasting").created(now).lastModified(now)
        .addOwner(CorpUserUrn.of("datahub"))
        .addTag(TagUrn.of("forecasting")).addTag(TagUrn.of("arima"))
        .addTerm(GlossaryTermUrn.of("forecasting"))
        .build());
    upsert(client, out, "7", MLModel.builder().platform("mlflow").name("0414_arima_model")
        .displayName("0414 ARIMA Model").description("ARIMA model for airline passenger forecasting")
        .externalUrl(LINK).putCustomProperty("team", "forecasting").created(now).lastModified(now)
        .addHyperParam("learning_rate", 0.01).addTrainingMetric("accuracy", 0.9)
        .version("1").addAlias("champion")
        .addOwner(CorpUserUrn.of("datahub"))
        .addTag(TagUrn.of("forecasting")).addTag(TagUrn.of("arima"))
        .addTerm(GlossaryTermUrn.of("forecasting"))
        .build());
    // 8. Advanced experiment, under its own URN.
    upsert(client, out, "8", Experiment.builder().platform("mlflow").id("0414_airline_forecast_experiment")
        .displayName("0414 Airline Forecast Experiment")
        .description("Experiment to forecast airline passenger numbers")
        .putCustomProperty("team", "forecasting")
        .created(EXPERIMENT_CREATED).lastModified(EXPERIMENT_CREATED)
        .build());
    // 9. Advanced run: started, then failed one second later.
    upsert(client, out, "9", TrainingRun.builder()
        .runId("0414_simple_training_run").name("0414 Simple Training Run")
        .createdBy(CorpUserUrn.of("datahub")).putCustomProperty("team", "forecasting")
        .externalUrl("https:localhost:5000").addOutputUrl("s3://my-bucket/output")
        .addHyperParam("learning_rate", 0.01).addTrainingMetric("accuracy", 0.9)
        .started(RUN_STARTED)
        .build()
        .failed(RUN_STARTED + 1000));
    // 10. The run's input and output datasets.
    emit(client, out, "10", DemoDatasets.irisInput());
    emit(client, out, "10", DemoDatasets.irisOutput());

    DemoUpdates.run(client, out);
  }

  private static void upsert(DataHubClient client, PrintStream out, String step, Entity<?> entity) {
    client.entities().upsert(entity);
    out.println("Step " + step + ": created " + entity.urn());
  }

  private static void emit(DataHubClient client, PrintStream out, String step, List<MetadataChangeProposal> mcps) {
    for (EmitResult result : client.emitter().emitAll(mcps)) {
      result.orThrow();
    }
    out.println("Step " + step + ": created " + mcps.get(0).entityUrn());
  }

  /** Runs the demo against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
