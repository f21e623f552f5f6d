package io.mlmeta.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario searched on the local store and on {@link FakeGms} (whose scroll answer is
 * {@code FakeSearch}'s, built independently in GMS's field names): the same URNs, in the same order (by URN text,
 * so {@code mlModel:} before {@code mlModelGroup:}), for every filter. The ML aspects of sdk-mlmodel are
 * written raw here, in their wire shape (spec/aspects.md).
 */
class SearchOnBothBackendsTest {
  static final Urn CHURN = model("mlflow", "churn-classifier", "PROD");
  static final Urn RETIRED = model("mlflow", "churn-retired", "PROD");
  static final Urn STAGING = model("mlflow", "ranker", "PROD");
  static final Urn SAGEMAKER_DEV = model("sagemaker", "fraud", "DEV");
  static final Urn GROUP = Urn.parse("urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn,PROD)");
  static final Urn LIVE = deployment("live");
  static final Urn STOPPED = deployment("stopped");
  static final Urn LIVE_REMOVED = deployment("live-removed");
  static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("run-1");
  static final ContainerUrn EXPERIMENT = ContainerUrn.of("experiment-1");
  static final ContainerUrn DATABASE = ContainerUrn.of("database-1");
  static final TagUrn PRODUCTION = TagUrn.of("production");

  @TempDir
  Path dir;
  private FakeGms gms;
  private DataHubClient remote;
  private DataHubClient local;

  static Urn model(String platform, String name, String env) {
    return Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:" + platform + "," + name + "," + env + ")");
  }

  static Urn deployment(String name) {
    return Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker," + name + ",PROD)");
  }

  static List<MetadataChangeProposal> scenario() {
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    mcps.add(MetadataChangeProposal.upsert(CHURN, GlobalTags.of(PRODUCTION)));
    mcps.add(MetadataChangeProposal.upsert(CHURN, Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("alice"), OwnershipType.TECHNICAL_OWNER)).build()));
    mcps.add(MetadataChangeProposal.upsert(CHURN, Domains.of(DomainUrn.of("marketing"))));
    mcps.add(MetadataChangeProposal.upsert(CHURN, GlossaryTerms.of(AuditStamp.of(0, CorpUserUrn.of("alice")),
        GlossaryTermUrn.of("Classification.Sensitive"))));
    mcps.add(MetadataChangeProposal.upsert(CHURN, RawAspect.of("mlModelProperties",
        "{\"customProperties\":{\"team\":\"growth\"},\"name\":\"Churn Classifier\"}")));
    mcps.add(MetadataChangeProposal.upsert(CHURN, VersionProperties.builder()
        .versionSet(VersionSetUrn.of("churn", "mlModel")).version(VersionTag.of("1")).sortId("00000001")
        .addAlias(VersionTag.of("champion")).build()));
    mcps.add(MetadataChangeProposal.upsert(RETIRED, GlobalTags.of(PRODUCTION)));
    mcps.add(MetadataChangeProposal.upsert(RETIRED, Status.of(true)));
    mcps.add(MetadataChangeProposal.upsert(STAGING, GlobalTags.of(TagUrn.of("staging"))));
    mcps.add(MetadataChangeProposal.upsert(SAGEMAKER_DEV, GlobalTags.of(PRODUCTION)));
    mcps.add(MetadataChangeProposal.upsert(GROUP, GlobalTags.of(PRODUCTION)));
    mcps.add(MetadataChangeProposal.upsert(LIVE, RawAspect.of("mlModelDeploymentProperties",
        "{\"customProperties\":{},\"status\":\"IN_SERVICE\"}")));
    mcps.add(MetadataChangeProposal.upsert(STOPPED, RawAspect.of("mlModelDeploymentProperties",
        "{\"customProperties\":{},\"status\":\"OUT_OF_SERVICE\"}")));
    mcps.add(MetadataChangeProposal.upsert(LIVE_REMOVED, RawAspect.of("mlModelDeploymentProperties",
        "{\"customProperties\":{},\"status\":\"IN_SERVICE\"}")));
    mcps.add(MetadataChangeProposal.upsert(LIVE_REMOVED, Status.of(true)));
    mcps.add(MetadataChangeProposal.upsert(RUN, DataProcessInstanceProperties.of("train-churn",
        AuditStamp.of(1, CorpUserUrn.of("alice")))));
    mcps.add(MetadataChangeProposal.upsert(RUN, DataPlatformInstance.of(DataPlatformUrn.of("mlflow"))));
    mcps.add(MetadataChangeProposal.upsert(EXPERIMENT, ContainerProperties.builder().name("Churn experiment")
        .env(FabricType.PROD).build()));
    mcps.add(MetadataChangeProposal.upsert(EXPERIMENT, SubTypes.of("ML Experiment")));
    mcps.add(MetadataChangeProposal.upsert(DATABASE, ContainerProperties.of("churn warehouse")));
    mcps.add(MetadataChangeProposal.upsert(DATABASE, SubTypes.of("Database")));
    return mcps;
  }

  @BeforeEach
  void write() {
    gms = FakeGms.start(dir.resolve("gms"));
    remote = DataHubClient.connect(ConnectionConfig.builder().server(gms.url()).deadline(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.none()).build());
    local = DataHubClient.local(dir.resolve("local"));
    for (DataHubClient client : List.of(remote, local)) {
      for (EmitResult result : client.emitter().emitAll(scenario())) {
        result.orThrow();
      }
    }
  }

  @AfterEach
  void close() {
    remote.close();
    local.close();
    gms.close();
  }

  /** The URNs both find, after checking that they are the same and that both totals say how many. */
  private List<Urn> both(SearchQuery query) {
    SearchResult onLocal = local.search().search(query);
    SearchResult onGms = remote.search().search(query);
    List<Urn> found = onLocal.toList();
    assertThat(onGms.toList()).as("GMS for " + query).isEqualTo(found);
    assertThat(onLocal.total()).hasValue(found.size());
    assertThat(onGms.total()).hasValue(found.size());
    return found;
  }

  @Test
  void mlflowModelsTaggedProductionLeaveTheSoftDeletedOneOut() {
    SearchQuery query = SearchQuery.builder().addEntityType("mlModel").platform(DataPlatformUrn.of("mlflow"))
        .addTag(PRODUCTION).build();

    assertThat(both(query)).containsExactly(CHURN);
    assertThat(both(query.toBuilder().includeRemoved(true).build())).containsExactly(CHURN, RETIRED);
  }

  @Test
  void deploymentsInService() {
    assertThat(both(SearchQuery.builder().addEntityType("mlModelDeployment").deploymentStatus("IN_SERVICE")
        .build())).containsExactly(LIVE);
  }

  @Test
  void aTagAcrossEveryMlTypeAndAnEnv() {
    assertThat(both(SearchQuery.builder().addTag(PRODUCTION).build())).containsExactly(CHURN, SAGEMAKER_DEV, GROUP);
    assertThat(both(SearchQuery.builder().env(FabricType.DEV).build())).containsExactly(SAGEMAKER_DEV);
  }

  @Test
  void governanceFiltersTogether() {
    assertThat(both(SearchQuery.builder().owner(CorpUserUrn.of("alice")).domain(DomainUrn.of("marketing"))
        .addTerm(GlossaryTermUrn.of("Classification.Sensitive")).putCustomProperty("team", "growth")
        .versionAlias("champion").build())).containsExactly(CHURN);
    assertThat(both(SearchQuery.builder().putCustomProperty("team", "other").build())).isEmpty();
  }

  @Test
  void aNameTextFindsRunsExperimentsAndModelsAlike() {
    assertThat(both(SearchQuery.builder().nameContains("Churn").build()))
        .containsExactly(DATABASE, EXPERIMENT, RUN, CHURN, GROUP);
  }

  @Test
  void experimentsAreTheContainersOfTheirSubType() {
    assertThat(both(SearchQuery.builder().addEntityType("container").build())).containsExactly(DATABASE, EXPERIMENT);
    assertThat(both(SearchQuery.builder().addEntityType("container").subType("ML Experiment").build()))
        .containsExactly(EXPERIMENT);
  }

  @Test
  void aPlatformOverEveryTypeIsPagedTheSameWayOnBoth() {
    assertThat(both(SearchQuery.builder().platform(DataPlatformUrn.of("mlflow")).pageSize(2).build()))
        .containsExactly(RUN, CHURN, STAGING, GROUP);
  }
}
