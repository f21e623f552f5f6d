package io.mlmeta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkedin.data.schema.RecordDataSchema;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.aspect.RunResultType;
import io.mlmeta.entity.Entity;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.EntityFixtures;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.GlossaryTermUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every proposal the ML entities write, for a rich and a minimal instance of each, validates against DataHub's own
 * schemas: the aspect against its record (fields newer than the jar stripped, as {@link AspectConformanceTest}
 * does) and the envelope against {@code MetadataChangeProposal}.
 */
class EntityConformanceTest {
  /** Aspects whose schema the December 2024 jar does not have; their golden tests check them against the spec. */
  private static final Set<String> ABSENT_FROM_JAR = Set.of("versionProperties", "mlTrainingRunProperties",
      "applications");

  static Stream<Arguments> proposals() {
    List<Entity<?>> entities = new ArrayList<>(EntityFixtures.rich());
    entities.addAll(List.of(EntityFixtures.minimalModel(), EntityFixtures.minimalGroup(),
        EntityFixtures.minimalDeployment(), EntityFixtures.minimalRun(), EntityFixtures.minimalExperiment()));
    entities.addAll(builtOutsideTheirPackage());
    List<Arguments> out = new ArrayList<>();
    for (Entity<?> entity : entities) {
      for (MetadataChangeProposal mcp : entity.toMcps()) {
        out.add(Arguments.of(entity.getClass().getSimpleName() + " " + entity.urn() + " " + mcp.aspectName(), mcp));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proposals")
  void theAspectValidatesAgainstDataHubsSchema(String name, MetadataChangeProposal mcp) {
    Aspect aspect = mcp.aspect().orElseThrow();
    AspectType<?> type = aspect.aspectType();
    Optional<RecordDataSchema> schema = SchemaOracle.schema(type.pegasusClass());
    if (ABSENT_FROM_JAR.contains(type.name())) {
      assertThat(schema).as("%s is expected to be absent from the jar", type.pegasusClass()).isEmpty();
      return;
    }
    assertThat(schema).as("the jar's schema for %s", type.pegasusClass()).isPresent();

    String comparable = NewFields.strip(type.name(), Golden.parse(AspectCodec.toJson(aspect))).toString();
    assertThat(SchemaOracle.errors(schema.get(), comparable)).as("%s: %s", name, comparable).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proposals")
  void theEnvelopeValidatesAgainstTheMcpSchema(String name, MetadataChangeProposal mcp) {
    RecordDataSchema schema = SchemaOracle.schema("com.linkedin.mxe.MetadataChangeProposal").orElseThrow();
    String json = new String(ProposalCodec.proposal(mcp), StandardCharsets.UTF_8);

    assertThat(SchemaOracle.errors(schema, json)).as(json).isEmpty();
  }

  @Test
  void everyEntityContributesProposals() {
    assertThat(proposals().map(a -> (String) a.get()[0]).map(n -> n.substring(0, n.indexOf(' '))).distinct())
        .containsExactlyInAnyOrder("MLModel", "MLModelGroup", "MLModelDeployment", "TrainingRun", "Experiment");
  }

  /** Entities built from another package, as users build them (the builders' shared calls must be reachable). */
  private static List<Entity<?>> builtOutsideTheirPackage() {
    Experiment experiment = Experiment.builder().platform("mlflow").id("outside").addTag(TagUrn.of("x"))
        .addTerm(GlossaryTermUrn.of("y")).displayName("Outside").build();
    MLModel model = MLModel.builder().platform("mlflow").name("outside").addOwner(CorpUserUrn.of("jdoe"))
        .displayName("Outside").version("1").addAlias("champion")
        .addDeployment(MLModelDeploymentUrn.of("sagemaker", "e")).build();
    TrainingRun run = TrainingRun.builder().runId("outside").name("Outside").started(1L).experiment(experiment)
        .addInputDataset(DatasetUrn.of("s3", "in")).build().completed(2L, RunResultType.SUCCESS);
    return List.of(experiment, model, run, newestModelFields(), newestGroupFields(), newestExperimentFields());
  }

  private static final Urn TIER = Urn.parse("urn:li:structuredProperty:io.acryl.tier");
  private static final Urn RETENTION = Urn.parse("urn:li:structuredProperty:io.acryl.retentionDays");
  private static final Urn CHURN_APP = Urn.parse("urn:li:application:churn");
  private static final MetadataAttribution REGISTRY = MetadataAttribution.builder().time(1700000000000L)
      .actor(CorpUserUrn.of("registry")).putSourceDetail("origin", "mlflow").build();

  /** The newest model's fields through the entity helpers (issue 13 section 4); newer fields stripped as NEW. */
  private static MLModel newestModelFields() {
    return MLModel.builder().platform("mlflow").name("newest").version("3").build()
        .setStructuredProperty(TIER, "gold").setStructuredProperty(RETENTION, 90, 365.5)
        .addApplication(CHURN_APP).addSubType("ML Model")
        .setVersionAttribution(REGISTRY).addAlias("champion", REGISTRY)
        .setLifecycleStage(Urn.parse("urn:li:lifecycleStageType:production"), CorpUserUrn.of("ops"))
        .setDomain(DomainUrn.of("churn"));
  }

  private static MLModelGroup newestGroupFields() {
    return MLModelGroup.builder().platform("mlflow").name("newest").build()
        .setStructuredProperty(TIER, "silver").addApplication(CHURN_APP).addSubType("ML Model Group")
        .setEditableDescription("Edited in DataHub");
  }

  private static Experiment newestExperimentFields() {
    return Experiment.builder().platform("mlflow").id("newest").build()
        .setStructuredProperty(TIER, "bronze").addApplication(CHURN_APP).setEditableDescription("Edited");
  }
}
