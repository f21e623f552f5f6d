package io.mlmeta.compat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.aspect.Status;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.entity.EntityAlreadyExistsException;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelDeployment;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.IntendedUserType;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ML entity steps of the program: write, read, update, relationships, refusals and asynchronous emits. */
final class EntityFlow {
  static final MLModelUrn MODEL = MLModelUrn.of("mlflow", "compat-churn");
  static final MLModelGroupUrn GROUP = MLModelGroupUrn.of("mlflow", "compat-churn-models");
  static final MLModelDeploymentUrn DEPLOYMENT = MLModelDeploymentUrn.of("sagemaker", "compat-endpoint");
  static final DatasetUrn INPUT = DatasetUrn.of("snowflake", "compat.features");
  static final DatasetUrn OUTPUT = DatasetUrn.of("s3", "compat/predictions");
  /** Fixed times, so that every run writes the same. */
  static final long CREATED = 1_700_000_000_000L;
  static final int ASYNC_PROPOSALS = 40;

  private EntityFlow() {}

  static void run(DataHubClient client, String where, PrintStream out) {
    Experiment experiment = Experiment.builder().platform("mlflow").id("compat-experiment")
        .displayName("Compat experiment").created(CREATED).build();
    TrainingRun run = TrainingRun.builder().runId("compat-run").name("Compat run")
        .experiment(experiment).addInputDataset(INPUT).addOutputDataset(OUTPUT)
        .addHyperParam("learning_rate", "0.10").addTrainingMetric("auc", 0.91)
        .created(CREATED).started(CREATED).build()
        .completed(CREATED + 60_000, RunResultType.SUCCESS);
    client.entities().upsert(MLModelGroup.builder().platform("mlflow").name("compat-churn-models")
        .description("Churn models").addOwner(CorpUserUrn.of("mlops")).created(CREATED).build());
    client.entities().upsert(MLModel.builder().platform("mlflow").name("compat-churn")
        .displayName("Churn").description("Predicts churn, with a \u00e9 and a \u2713")
        .putCustomProperty("team", "growth").created(CREATED).lastModified(CREATED)
        .addHyperParam("learning_rate", "0.10").addHyperParam("max_depth", 6)
        .addTrainingMetric("accuracy", 0.87).addTrainingMetric("auc", "0.910")
        .version("1").addAlias("champion").modelGroup(GROUP).addTrainingRun(run.urn())
        .addOwner(CorpUserUrn.of("data_science")).addTag(TagUrn.of("churn"))
        .addTerm(GlossaryTermUrn.of("Classification")).domain(DomainUrn.of("growth"))
        .intendedUse(IntendedUse.builder().addPrimaryUse("retention campaigns")
            .addPrimaryUser(IntendedUserType.ENTERPRISE).build())
        .build());
    client.entities().upsert(MLModelDeployment.builder().platform("sagemaker").name("compat-endpoint")
        .status(DeploymentStatus.IN_SERVICE).created(CREATED).build());
    client.entities().upsert(experiment);
    client.entities().upsert(run);
    out.println(where + ": wrote " + List.of(GROUP, MODEL, DEPLOYMENT, experiment.urn(), run.urn()));

    MLModel model = client.entities().get(MODEL, MLModel.class);
    out.println(where + ": read " + model.displayName().orElse("?") + " hyperParams=" + model.hyperParams()
        + " aliases=" + model.aliases() + " tags=" + model.tags());

    client.entities().update(model.addDeployment(DEPLOYMENT).addAlias("challenger").addTag(TagUrn.of("prod")));
    MLModel updated = client.entities().get(MODEL, MLModel.class);
    out.println(where + ": updated deployments=" + updated.deployments() + " aliases=" + updated.aliases()
        + " tags=" + updated.tags());

    out.println(where + ": relationships " + related(client, MODEL, RelationshipDirection.OUTGOING,
        "DeployedTo", "MemberOf", "TrainedBy"));
    out.println(where + ": lineage " + related(client, INPUT, RelationshipDirection.INCOMING,
        "DataProcessInstanceConsumes"));

    try {
      client.entities().create(MLModelDeployment.builder().platform("sagemaker").name("compat-endpoint").build());
      out.println(where + ": create of an existing entity was NOT refused");
    } catch (EntityAlreadyExistsException e) {
      out.println(where + ": create of an existing entity refused");
    }
    out.println(where + ": missing entity found=" + client.entities().find(MLModelUrn.of("mlflow", "nope"))
        .isPresent() + " exists=" + client.reader().exists(MLModelUrn.of("mlflow", "nope")));

    List<CompletableFuture<EmitResult>> futures = new ArrayList<>();
    for (int i = 0; i < ASYNC_PROPOSALS; i++) {
      futures.add(client.emitter().emitAsync(MetadataChangeProposal.upsert(
          DatasetUrn.of("hive", "compat.table_" + i), Status.of(false))));
    }
    client.emitter().flush();
    long acknowledged = futures.stream().map(CompletableFuture::join).filter(EmitResult::isAcknowledged).count();
    out.println(where + ": async acknowledged " + acknowledged + "/" + ASYNC_PROPOSALS);

    client.entities().softDelete(DEPLOYMENT);
    out.println(where + ": soft-deleted, removed="
        + client.entities().get(DEPLOYMENT, MLModelDeployment.class).isRemoved());
    ContainerUrn experimentUrn = experiment.urn();
    out.println(where + ": experiment " + client.entities().get(experimentUrn, Experiment.class).urn());
  }

  private static List<String> related(DataHubClient client, io.mlmeta.urn.Urn urn, RelationshipDirection direction,
      String... types) {
    try (Stream<Relationship> edges = client.reader().relationships(urn, Set.of(types), direction)) {
      return edges.map(r -> r.type() + " " + r.entity()).sorted().collect(Collectors.toList());
    }
  }
}
