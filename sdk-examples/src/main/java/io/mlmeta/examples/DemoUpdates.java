package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.entity.Entity;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Steps 11-19 of {@code dh_ai_docs_demo.py}: link the run, model, group and experiment, then update them. Each step
 * reads the entity, changes it and saves the changed aspects as conditional writes; the Python demo re-sends every
 * aspect of the object it holds in memory instead.
 */
final class DemoUpdates {
  static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "0414_arima_model");
  static final MLModelGroupUrn GROUP = MLModelGroupUrn.of("mlflow", "0414_airline_forecast_models_group");
  static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("0414_simple_training_run");
  static final ContainerUrn EXPERIMENT = Experiment.urnOf("mlflow", "0414_airline_forecast_experiment");

  private DemoUpdates() {}

  static void run(DataHubClient client, PrintStream out) {
    // 11. The model joins the group. The Python demo calls model.add_group, which MLModel does not have.
    save(client, out, "11 model in group", client.entities().get(MODEL, MLModel.class).addGroup(GROUP));
    // 12. The run belongs to the advanced experiment (its own URN, not the collapsed one).
    save(client, out, "12 run in experiment", client.entities().get(RUN, TrainingRun.class).setExperiment(EXPERIMENT));
    // 13-14. The model and the group were trained by the run.
    save(client, out, "13 model trained by run", client.entities().get(MODEL, MLModel.class).addTrainingRun(RUN));
    save(client, out, "14 group trained by run",
        client.entities().get(GROUP, MLModelGroup.class).addTrainingRun(RUN));
    // 15-16. The run read the iris input and wrote the iris output.
    TrainingRun run = client.entities().get(RUN, TrainingRun.class);
    save(client, out, "15 run input", run.addInputDataset(DemoDatasets.IRIS_INPUT));
    save(client, out, "16 run output", run.addOutputDataset(DemoDatasets.IRIS_OUTPUT));
    // 17. Version 2 of the model, a new tag and term, and the alias "challenger" beside "champion".
    save(client, out, "17 model version 2", client.entities().get(MODEL, MLModel.class)
        .setVersion("2").addTag(TagUrn.of("marketing")).addTerm(GlossaryTermUrn.of("marketing"))
        .addAlias("challenger"));
    // 18. The group's description, tag, term and custom properties.
    Map<String, String> groupProperties = new LinkedHashMap<>();
    groupProperties.put("team", "forecasting");
    groupProperties.put("business_unit", "operations");
    groupProperties.put("status", "active");
    save(client, out, "18 group updated", client.entities().get(GROUP, MLModelGroup.class)
        .setDescription("Updated description for airline forecast models")
        .addTag(TagUrn.of("production")).addTerm(GlossaryTermUrn.of("time-series"))
        .setCustomProperties(groupProperties));
    // 19. The experiment's description, tag, term and custom properties (replacing all, the key's included, as
    // the Python demo does). Read first, so its name and creation time are kept; the demo overwrites them with a
    // new object.
    Map<String, String> experimentProperties = new LinkedHashMap<>();
    experimentProperties.put("team", "forecasting");
    experimentProperties.put("priority", "high");
    experimentProperties.put("status", "active");
    save(client, out, "19 experiment updated", client.entities().get(EXPERIMENT, Experiment.class)
        .setDescription("Updated experiment for forecasting passenger numbers")
        .addTag(TagUrn.of("time-series")).addTerm(GlossaryTermUrn.of("forecasting"))
        .setCustomProperties(experimentProperties));
  }

  private static void save(DataHubClient client, PrintStream out, String step,
      Entity<?> entity) {
    String changed = String.join(", ", entity.changedAspects());
    client.entities().update(entity);
    out.println("Step " + step + ": " + entity.urn() + " (" + changed + ")");
  }
}
