package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.aspect.RawAspect;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AI workflow demo against a local store: the entities, their links and updates, read back. */
class AiWorkflowDemoTest extends LocalStoreTest {
  private static final ContainerUrn BASIC_EXPERIMENT = ContainerUrn.of("e530eb87d6bac06fa24af30c79659e21");

  @BeforeEach
  void runTheDemo() {
    AiWorkflowDemo.run(client, QUIET);
  }

  @Test
  void theModelIsInTheGroupAndTrainedByTheRun() {
    assertThat(edges(DemoUpdates.MODEL, Set.of("MemberOf", "TrainedBy"), RelationshipDirection.OUTGOING))
        .containsExactlyInAnyOrder(Relationship.of("MemberOf", DemoUpdates.GROUP),
            Relationship.of("TrainedBy", DemoUpdates.RUN));
    assertThat(edges(DemoUpdates.RUN, Set.of("TrainedBy"), RelationshipDirection.INCOMING))
        .containsExactlyInAnyOrder(Relationship.of("TrainedBy", DemoUpdates.MODEL),
            Relationship.of("TrainedBy", DemoUpdates.GROUP));
  }

  @Test
  void theRunReadsTheInputWritesTheOutputAndBelongsToTheAdvancedExperiment() {
    TrainingRun run = client.entities().get(DemoUpdates.RUN, TrainingRun.class);
    assertThat(run.inputs()).containsExactly(DemoDatasets.IRIS_INPUT);
    assertThat(run.outputs()).containsExactly(DemoDatasets.IRIS_OUTPUT);
    assertThat(run.experiment()).contains(DemoUpdates.EXPERIMENT);
    assertThat(edges(DemoUpdates.RUN, Set.of("DataProcessInstanceConsumes", "DataProcessInstanceProduces",
        "IsPartOf"), RelationshipDirection.OUTGOING)).contains(
        Relationship.of("DataProcessInstanceConsumes", DemoDatasets.IRIS_INPUT),
        Relationship.of("DataProcessInstanceProduces", DemoDatasets.IRIS_OUTPUT),
        Relationship.of("IsPartOf", DemoUpdates.EXPERIMENT));
  }

  @Test
  void theTwoExperimentsHaveTheirOwnUrns() {
    assertThat(DemoUpdates.EXPERIMENT).isEqualTo(ContainerUrn.of("38750a310c81e98536d7a972e579ab2c"));
    Experiment basic = client.entities().get(BASIC_EXPERIMENT, Experiment.class);
    Experiment advanced = client.entities().get(DemoUpdates.EXPERIMENT, Experiment.class);
    assertThat(basic.displayName()).contains("0414 Basic Experiment");
    assertThat(advanced.displayName()).contains("0414 Airline Forecast Experiment");
    assertThat(client.reader().exists(ContainerUrn.of("541501e1c563a2fe26dddead6e9ea395"))).isFalse();
  }

  @Test
  void theModelIsVersionTwoWithBothAliasesAndTheNewTagAndTerm() {
    MLModel model = client.entities().get(DemoUpdates.MODEL, MLModel.class);
    assertThat(model.version()).contains("2");
    assertThat(model.aliases()).containsExactly("champion", "challenger");
    assertThat(model.tags()).containsExactly(TagUrn.of("forecasting"), TagUrn.of("arima"), TagUrn.of("marketing"));
    assertThat(model.terms()).containsExactly(GlossaryTermUrn.of("forecasting"), GlossaryTermUrn.of("marketing"));
  }

  @Test
  void theGroupAndTheExperimentAreUpdated() {
    MLModelGroup group = client.entities().get(DemoUpdates.GROUP, MLModelGroup.class);
    assertThat(group.description()).contains("Updated description for airline forecast models");
    assertThat(group.customProperties()).containsOnlyKeys("team", "business_unit", "status");
    assertThat(group.tags()).contains(TagUrn.of("production"));
    assertThat(group.trainingRuns()).containsExactly(DemoUpdates.RUN);

    Experiment experiment = client.entities().get(DemoUpdates.EXPERIMENT, Experiment.class);
    assertThat(experiment.description()).contains("Updated experiment for forecasting passenger numbers");
    assertThat(experiment.customProperties()).containsOnlyKeys("team", "priority", "status");
    assertThat(experiment.created()).contains(AiWorkflowDemo.EXPERIMENT_CREATED);
    assertThat(experiment.tags()).containsExactly(TagUrn.of("time-series"));
  }

  @Test
  void theDatasetsHoldTheRawAspectsAsWritten() {
    var input = client.reader().getEntity(DemoDatasets.IRIS_INPUT).orElseThrow().aspects();
    assertThat(input).containsKeys("dataPlatformInstance", "schemaMetadata", "editableDatasetProperties",
        "datasetProperties", "ownership", "globalTags", "glossaryTerms");
    RawAspect schema = (RawAspect) input.get("schemaMetadata").aspect();
    assertThat(Golden.parse(schema.json()).get("fields")).extracting(f -> f.get("fieldPath").asText())
        .containsExactly("id", "name", "species");
    RawAspect properties = (RawAspect) input.get("datasetProperties").aspect();
    assertThat(Golden.parse(properties.json()).get("name").asText()).isEqualTo("0414 Iris Training Input Data");
  }

  @Test
  void theDemoRunsAgainOverItsOwnOutput() {
    AiWorkflowDemo.run(client, QUIET);

    MLModel model = client.entities().get(DemoUpdates.MODEL, MLModel.class);
    assertThat(model.aliases()).containsExactly("champion", "challenger");
    assertThat(model.groups()).containsExactly(DemoUpdates.GROUP);
    assertThat(model.trainingRuns()).containsExactly(DemoUpdates.RUN);
  }

  private List<Relationship> edges(Urn urn, Set<String> types, RelationshipDirection direction) {
    try (var edges = client.reader().relationships(urn, types, direction)) {
      return edges.collect(Collectors.toList());
    }
  }
}
