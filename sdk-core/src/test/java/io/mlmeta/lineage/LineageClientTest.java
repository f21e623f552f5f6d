package io.mlmeta.lineage;

import static io.mlmeta.read.RelationshipDirection.INCOMING;
import static io.mlmeta.read.RelationshipDirection.OUTGOING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.RelationshipTypes;
import io.mlmeta.error.DataHubTransportException;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The walk over a small in-memory ML graph: what upstream and downstream reach, limits, cycles, order, requests. */
class LineageClientTest {
  static final DatasetUrn TRAIN = DatasetUrn.of("s3", "train");
  static final DatasetUrn EVAL = DatasetUrn.of("s3", "eval");
  static final DatasetUrn CLICKS = DatasetUrn.of("hive", "clicks");
  static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("run-1");
  static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");
  static final Urn GROUP = Urn.parse("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn,PROD)");
  static final Urn DEPLOYMENT = Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,churn,PROD)");
  static final Urn FEATURE = Urn.parse("urn:li:mlFeature:(users,age)");
  static final Urn TABLE = Urn.parse("urn:li:mlFeatureTable:(urn:li:dataPlatform:feast,users)");
  static final Urn EXPERIMENT = Urn.parse("urn:li:container:experiment");

  /** train → run → model → group, deployment; run in the experiment; feature from clicks; eval on the model card. */
  static GraphReader graph() {
    return new GraphReader()
        .edge(RUN, RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES, TRAIN)
        .edge(RUN, RelationshipTypes.IS_PART_OF, EXPERIMENT)
        .edge(MODEL, RelationshipTypes.TRAINED_BY, RUN)
        .edge(GROUP, RelationshipTypes.TRAINED_BY, RUN)
        .edge(MODEL, RelationshipTypes.MEMBER_OF, GROUP)
        .edge(MODEL, RelationshipTypes.DEPLOYED_TO, DEPLOYMENT)
        .edge(MODEL, RelationshipTypes.CONSUMES, FEATURE)
        .edge(FEATURE, RelationshipTypes.DERIVED_FROM, CLICKS)
        .edge(TABLE, RelationshipTypes.CONTAINS, FEATURE)
        .aspect(MODEL, "mlModelEvaluationData", "{\"evaluationData\":[{\"dataset\":\"" + EVAL + "\"}]}");
  }

  private static LineageHop hop(Urn from, String type, io.mlmeta.read.RelationshipDirection d, Urn to) {
    return LineageHop.of(from, type, d, to);
  }

  @Test
  void upstreamOfAModelIsItsRunTheRunsInputsAndExperimentTheModelCardAndTheFeatures() {
    LineageResult result = LineageClient.of(graph()).upstream(MODEL);

    assertThat(result.urns()).containsExactly(RUN, EVAL, FEATURE, EXPERIMENT, CLICKS, TRAIN, TABLE);
    assertThat(result.nodes()).extracting(LineageNode::hops).containsExactly(1, 1, 1, 2, 2, 2, 2);
    assertThat(result.nodes().get(1).path()).containsExactly(hop(MODEL, "mlModelEvaluationData", OUTGOING, EVAL));
    assertThat(result.nodes().get(5).path()).containsExactly(hop(MODEL, "TrainedBy", OUTGOING, RUN),
        hop(RUN, "DataProcessInstanceConsumes", OUTGOING, TRAIN));
    assertThat(result.nodes().get(6).path()).containsExactly(hop(MODEL, "Consumes", OUTGOING, FEATURE),
        hop(FEATURE, "Contains", INCOMING, TABLE));
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void downstreamOfADatasetIsTheRunTheModelsItTrainedAndTheirGroupsAndDeployments() {
    LineageResult result = LineageClient.of(graph()).downstream(TRAIN);

    assertThat(result.urns()).containsExactly(RUN, MODEL, GROUP, DEPLOYMENT);
    assertThat(result.nodes().get(1).path()).containsExactly(
        hop(TRAIN, "DataProcessInstanceConsumes", INCOMING, RUN), hop(RUN, "TrainedBy", INCOMING, MODEL));
    assertThat(result.nodes().get(2).hops()).isEqualTo(2);
    assertThat(result.nodes().get(3).path()).extracting(LineageHop::relationship)
        .containsExactly("DataProcessInstanceConsumes", "TrainedBy", "DeployedTo");
  }

  @Test
  void downstreamOfAnExperimentIsItsRunsAndWhatTheyTrained() {
    LineageResult result = LineageClient.of(graph()).walk(EXPERIMENT,
        LineageQuery.downstream().maxHops(2).build());

    assertThat(result.urns()).containsExactly(RUN, MODEL, GROUP);
  }

  @Test
  void nodesAtTheHopLimitAreReturnedButNotExpanded() {
    GraphReader graph = graph();

    LineageResult result = LineageClient.of(graph).walk(TRAIN, LineageQuery.downstream().maxHops(1).build());

    assertThat(result.urns()).containsExactly(RUN);
    assertThat(graph.requests()).containsExactly(
        "relationships " + TRAIN + " INCOMING [Consumes, DataProcessInstanceConsumes, DerivedFrom]");
  }

  @Test
  void aStopTypeIsReturnedButNotWalkedThrough() {
    GraphReader graph = graph();

    LineageResult result = LineageClient.of(graph).walk(TRAIN,
        LineageQuery.downstream().addStopAt("dataProcessInstance").build());

    assertThat(result.urns()).containsExactly(RUN);
    assertThat(graph.requests()).hasSize(1);
  }

  @Test
  void returnTypesFilterTheResultButTheWalkGoesThroughTheOthers() {
    LineageResult result = LineageClient.of(graph()).walk(MODEL,
        LineageQuery.upstream().addReturnType("dataset").build());

    assertThat(result.urns()).containsExactly(EVAL, CLICKS, TRAIN);
    assertThat(result.nodes().get(2).path()).extracting(LineageHop::to).containsExactly(RUN, TRAIN);
  }

  @Test
  void aCycleEndsWhereANodeIsMetAgain() {
    DataProcessInstanceUrn refit = DataProcessInstanceUrn.of("refit");
    GraphReader graph = graph()
        .edge(refit, RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES, MODEL)
        .edge(refit, RelationshipTypes.DATA_PROCESS_INSTANCE_PRODUCES, TRAIN)
        .edge(RUN, RelationshipTypes.DATA_PROCESS_INSTANCE_PRODUCES, TRAIN);

    LineageResult result = LineageClient.of(graph).walk(TRAIN, LineageQuery.downstream().maxHops(10).build());

    assertThat(result.urns()).containsExactly(RUN, MODEL, GROUP, refit, DEPLOYMENT);
    assertThat(result.nodes().get(3).hops()).isEqualTo(3);
  }

  @Test
  void theNodeLimitKeepsTheFirstByUrnAndSaysTheResultIsTruncated() {
    GraphReader graph = new GraphReader();
    for (int i = 0; i < 5; i++) {
      graph.edge(DataProcessInstanceUrn.of("run-" + i), RelationshipTypes.CONSUMES, TRAIN);
    }

    LineageResult result = LineageClient.of(graph).walk(TRAIN, LineageQuery.downstream().maxNodes(3).build());

    assertThat(result.urns()).containsExactly(DataProcessInstanceUrn.of("run-0"), DataProcessInstanceUrn.of("run-1"),
        DataProcessInstanceUrn.of("run-2"));
    assertThat(result.truncated()).isTrue();
    assertThat(LineageClient.of(graph).walk(TRAIN, LineageQuery.downstream().maxNodes(5).build()).truncated())
        .isFalse();
  }

  @Test
  void ofTwoShortestPathsTheFirstByUrnIsKept() {
    DataProcessInstanceUrn first = DataProcessInstanceUrn.of("a-run");
    GraphReader graph = graph()
        .edge(first, RelationshipTypes.CONSUMES, TRAIN)
        .edge(MODEL, RelationshipTypes.TRAINED_BY, first);

    LineageResult result = LineageClient.of(graph).downstream(TRAIN);

    assertThat(result.nodes()).filteredOn(n -> n.urn().equals(MODEL)).singleElement()
        .satisfies(n -> assertThat(n.path().get(0).to()).isEqualTo(first));
  }

  @Test
  void answersInAnyOrderGiveTheSameResultAsOneRequestAtATime() {
    GraphReader wide = wideGraph(40);
    LineageResult sequential = LineageClient.of(wide).withConcurrency(1).downstream(TRAIN);

    for (int round = 0; round < 3; round++) {
      LineageResult concurrent = LineageClient.of(wideGraph(40).slow(3)).withConcurrency(8).downstream(TRAIN);
      assertThat(concurrent).isEqualTo(sequential);
    }
    assertThat(sequential.nodes()).hasSize(40 + 40 + 40 + 1);
  }

  @Test
  void noMoreRequestsAreUnderWayThanTheConcurrency() {
    GraphReader wide = wideGraph(30).slow(5);

    LineageClient.of(wide).withConcurrency(4).downstream(TRAIN);

    assertThat(wide.mostUnderWay()).isBetween(2, 4);
  }

  @Test
  void eachNodeIsAskedOncePerDirection() {
    GraphReader graph = graph();

    LineageClient.of(graph).walk(TRAIN, LineageQuery.downstream().maxHops(2).build());

    assertThat(graph.requests()).containsExactlyInAnyOrder(
        "relationships " + TRAIN + " INCOMING [Consumes, DataProcessInstanceConsumes, DerivedFrom]",
        "relationships " + RUN + " OUTGOING [DataProcessInstanceProduces, Produces]",
        "relationships " + RUN + " INCOMING [DataProcessInstanceConsumes, TrainedBy]");
  }

  @Test
  void aFailedRequestFailsTheWalk() {
    DataHubTransportException failure = new DataHubTransportException("GET", "/relationships", 3, "reset",
        new IOException("reset"));
    GraphReader graph = wideGraph(10).failAt(DataProcessInstanceUrn.of("run-7"), failure);

    assertThatThrownBy(() -> LineageClient.of(graph).withConcurrency(4).downstream(TRAIN)).isSameAs(failure);
  }

  @Test
  void versionsAreFollowedOnlyWhenAskedFor() {
    Urn v1 = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_v1,PROD)");
    VersionSetUrn set = VersionSetUrn.of("churn", "mlModel");
    DataProcessInstanceUrn oldRun = DataProcessInstanceUrn.of("run-0");
    GraphReader graph = graph()
        .edge(MODEL, RelationshipTypes.VERSION_OF, set)
        .edge(v1, RelationshipTypes.VERSION_OF, set)
        .edge(v1, RelationshipTypes.TRAINED_BY, oldRun);
    LineageQuery runs = LineageQuery.upstream().addReturnType("dataProcessInstance").build();

    assertThat(LineageClient.of(graph).walk(MODEL, runs).urns()).containsExactly(RUN);
    assertThat(LineageClient.of(graph).walk(MODEL, runs.toBuilder().followVersions(true).build()).urns())
        .containsExactly(RUN, oldRun);
  }

  @Test
  void queriesRefuseBadLimitsAndUrnsForTypes() {
    assertThatThrownBy(() -> LineageQuery.upstream().maxHops(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxHops must be at least 1 but was 0");
    assertThatThrownBy(() -> LineageQuery.upstream().addReturnType(TRAIN.toString()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("returnTypes").hasMessageContaining(
            TRAIN.toString());
    assertThatThrownBy(() -> LineageClient.of(graph()).withConcurrency(0))
        .hasMessage("concurrency must be at least 1 but was 0");
  }

  @Test
  void aNodePathMustLeadToTheNode() {
    assertThatThrownBy(() -> LineageNode.of(MODEL, List.of(hop(TRAIN, "Consumes", INCOMING, RUN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end at it");
    assertThatThrownBy(() -> LineageNode.of(MODEL, List.of(hop(TRAIN, "Consumes", INCOMING, RUN),
        hop(EVAL, "TrainedBy", INCOMING, MODEL)))).hasMessageContaining("broken at hop 2");
  }

  /** {@code n} runs reading TRAIN, each training its own model, deployed to its own deployment, all in one group. */
  static GraphReader wideGraph(int n) {
    GraphReader graph = new GraphReader();
    for (int i = 0; i < n; i++) {
      DataProcessInstanceUrn run = DataProcessInstanceUrn.of("run-" + i);
      Urn model = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,m" + i + ",PROD)");
      graph.edge(run, RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES, TRAIN)
          .edge(model, RelationshipTypes.TRAINED_BY, run)
          .edge(model, RelationshipTypes.MEMBER_OF, GROUP)
          .edge(model, RelationshipTypes.DEPLOYED_TO,
              Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,d" + i + ",PROD)"));
    }
    return graph;
  }

  @Test
  void resultsCarryTheirQuery() {
    LineageQuery query = LineageQuery.downstream().returnTypes(Set.of("mlModel")).build();

    LineageResult result = LineageClient.of(graph()).walk(TRAIN, query);

    assertThat(result.query()).isEqualTo(query);
    assertThat(result.start()).isEqualTo(TRAIN);
    assertThat(result.urns()).containsExactly(MODEL);
  }
}
