package io.mlmeta.mlmodel.lineage;

import static io.mlmeta.mlmodel.lineage.ChurnGraph.AGE;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.ENDPOINT;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.EXPERIMENT;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.FEATURES;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.GROUP;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.HOLDOUT;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.LABELS;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.PREDICTIONS;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.RAW;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.RUN_1;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.RUN_2;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.V1;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.V2;
import static io.mlmeta.mlmodel.lineage.ChurnGraph.VERSIONS;
import static io.mlmeta.read.RelationshipDirection.INCOMING;
import static io.mlmeta.read.RelationshipDirection.OUTGOING;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.lineage.LineageHop;
import io.mlmeta.lineage.LineageQuery;
import io.mlmeta.lineage.LineageResult;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.Urn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChurnGraph}, written through the entity API to the local store and to a fake GMS, walked on both: the
 * same queries give equal results (nodes, hops, paths), and these are DataHub's ML lineage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MLLineageAcrossBackendsTest {
  private DataHubClient local;
  private FakeGms gms;
  private DataHubClient remote;

  @BeforeAll
  void write(@TempDir Path dir) {
    local = DataHubClient.local(dir.resolve("local"));
    gms = FakeGms.start(dir.resolve("gms"));
    remote = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(30))
        .build());
    ChurnGraph.write(local);
    ChurnGraph.write(remote);
  }

  @AfterAll
  void close() {
    remote.close();
    gms.close();
    local.close();
  }

  /** The walk on both backends; fails unless they agree. */
  private LineageResult walk(Urn start, LineageQuery query) {
    LineageResult onLocal = local.lineage().walk(start, query);
    LineageResult onGms = remote.lineage().walk(start, query);
    assertThat(onGms).as("GMS and the local store agree").isEqualTo(onLocal);
    assertThat(remote.lineage().withConcurrency(1).walk(start, query)).isEqualTo(onLocal);
    return onLocal;
  }

  @Test
  void upstreamOfAModelIsItsRunTheRunsInputsAndExperimentTheModelCardAndItsFeature() {
    LineageResult result = walk(V2, LineageQuery.upstream().build());

    assertThat(result.urns()).containsExactly(RUN_2, HOLDOUT, AGE, EXPERIMENT, FEATURES, RAW);
    assertThat(result.nodes().get(1).path()).containsExactly(
        LineageHop.of(V2, "mlModelEvaluationData", OUTGOING, HOLDOUT));
    assertThat(result.nodes().get(5).path()).containsExactly(LineageHop.of(V2, "TrainedBy", OUTGOING, RUN_2),
        LineageHop.of(RUN_2, "DataProcessInstanceConsumes", OUTGOING, RAW));
  }

  @Test
  void downstreamOfADatasetIsTheRunsTheModelsAndGroupTheyTrainedTheirOutputsAndTheDeployment() {
    LineageResult result = walk(RAW, LineageQuery.downstream().build());

    assertThat(result.urns()).containsExactly(RUN_1, RUN_2, PREDICTIONS, V1, V2, ENDPOINT, GROUP);
    assertThat(result.nodes()).extracting(n -> n.hops()).containsExactly(1, 1, 2, 2, 2, 3, 3);
    assertThat(result.nodes().get(6).path()).containsExactly(
        LineageHop.of(RAW, "DataProcessInstanceConsumes", INCOMING, RUN_1),
        LineageHop.of(RUN_1, "TrainedBy", INCOMING, V1), LineageHop.of(V1, "MemberOf", OUTGOING, GROUP));
  }

  @Test
  void theRunsOfEveryVersionOfAModelAreFoundThroughItsVersionSet() {
    LineageResult result = walk(V2, LineageQuery.upstream().followVersions(true)
        .addReturnType("dataProcessInstance").build());

    assertThat(result.urns()).containsExactly(RUN_2, RUN_1);
    assertThat(result.nodes().get(1).path()).containsExactly(LineageHop.of(V2, "VersionOf", OUTGOING, VERSIONS),
        LineageHop.of(VERSIONS, "VersionOf", INCOMING, V1), LineageHop.of(V1, "TrainedBy", OUTGOING, RUN_1));
  }

  @Test
  void moreQueriesAgreeOnBothBackends() {
    Map<Urn, LineageQuery> queries = new LinkedHashMap<>();
    queries.put(ENDPOINT, LineageQuery.upstream().maxHops(5).build());
    queries.put(EXPERIMENT, LineageQuery.downstream().build());
    queries.put(LABELS, LineageQuery.downstream().addStopAt("mlModel").build());
    queries.put(V1, LineageQuery.downstream().followVersions(true).build());
    queries.put(GROUP, LineageQuery.upstream().maxNodes(3).build());

    queries.forEach(this::walk);

    assertThat(walk(ENDPOINT, queries.get(ENDPOINT)).urns()).startsWith(V2).contains(RAW, HOLDOUT, AGE);
    assertThat(walk(EXPERIMENT, queries.get(EXPERIMENT)).urns()).containsExactly(RUN_1, RUN_2, PREDICTIONS, V1, V2,
        ENDPOINT, GROUP);
    assertThat(walk(LABELS, queries.get(LABELS)).urns()).containsExactly(RUN_1, V1);
    assertThat(walk(GROUP, queries.get(GROUP)).truncated()).isTrue();
  }
}
