package io.mlmeta.mlmodel;

import static io.mlmeta.mlmodel.EntityTesting.pending;
import static io.mlmeta.mlmodel.EntityTesting.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.TagUrn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MLModelGroupTest {
  private static final DataProcessInstanceUrn RUN = DataProcessInstanceUrn.of("run-42");
  private static final DataJobUrn JOB = DataJobUrn.of(DataFlowUrn.of("airflow", "scoring", "prod"), "score");

  @Test
  void aMinimalGroupHoldsThePlatformAndDefaultProperties() {
    Golden.assertMcps(EntityFixtures.minimalGroup().toMcps(), "golden/entities/mlModelGroup-minimal.json");
  }

  @Test
  void aRichGroupWritesEveryAspectInPythonsOrder() {
    Golden.assertMcps(EntityFixtures.richGroup().toMcps(), "golden/entities/mlModelGroup-rich.json");
  }

  @Test
  void linksAreAvailableBecauseInstitutionalMemoryAppliesToGroups() {
    assertThat(InstitutionalMemory.TYPE.appliesTo(MLModelGroupUrn.ENTITY_TYPE)).isTrue();
    assertThat(EntityFixtures.richGroup().links()).hasSize(1);
  }

  @Test
  void theBuilderNamesAMissingPlatformOrName() {
    assertThatThrownBy(() -> MLModelGroup.builder().name("g").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModelGroup.platform");
    assertThatThrownBy(() -> MLModelGroup.builder().platform("mlflow").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("MLModelGroup.name");
    assertThatThrownBy(() -> MLModelGroup.builder().addTrainingRun(TagUrn.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trainingRun");
  }

  @Test
  void propertyMutatorsSetTheirFields() {
    MLModelGroup group = EntityFixtures.minimalGroup().setDisplayName("Churn").setDescription("models")
        .setExternalUrl("https://x").setCustomProperties(Map.of("a", "1")).addCustomProperty("b", "2")
        .setCreated(Instant.ofEpochMilli(5)).setLastModified(Instant.ofEpochMilli(6)).setVersion("2");

    assertThat(group.displayName()).contains("Churn");
    assertThat(group.description()).contains("models");
    assertThat(group.externalUrl()).contains("https://x");
    assertThat(group.customProperties()).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(group.created()).contains(Instant.ofEpochMilli(5));
    assertThat(group.lastModified()).contains(Instant.ofEpochMilli(6));
    assertThat(group.version()).contains("2");
  }

  @Test
  void jobsAreAddedOnceAndRemoved() {
    MLModelGroup group = EntityFixtures.minimalGroup().addTrainingRun(RUN).addTrainingRun(JOB).addTrainingRun(RUN)
        .addDownstreamJob(JOB).addDownstreamJob(JOB);
    assertThat(group.trainingRuns()).containsExactly(RUN, JOB);
    assertThat(group.downstreamJobs()).containsExactly(JOB);

    group.removeTrainingRun(RUN).removeDownstreamJob(JOB);
    assertThat(group.trainingRuns()).containsExactly(JOB);
    assertThat(group.downstreamJobs()).isEmpty();
  }

  @Test
  void addTrainingRunReappliedToANewerValueKeepsTheOtherWritersChanges() {
    MLModelGroup group = readGroup(MLModelGroupProperties.builder().build()).addTrainingRun(RUN);

    MLModelGroupProperties newer = MLModelGroupProperties.builder().description("theirs").addTrainingJob(JOB).build();
    MLModelGroupProperties merged = (MLModelGroupProperties) pending(group, "mlModelGroupProperties").reapply(newer);

    assertThat(merged.trainingJobs()).containsExactly(JOB, RUN);
    assertThat(merged.description()).contains("theirs");
  }

  @Test
  void theKindReadsAGroupBack() {
    MLModelGroup back = EntityTesting.roundTrip(EntityFixtures.richGroup());
    assertThat(back.urn()).isInstanceOf(MLModelGroupUrn.class);
    assertThat(back.isRemoved()).isTrue();
  }

  private static MLModelGroup readGroup(MLModelGroupProperties properties) {
    return (MLModelGroup) EntityTesting.readBack(
        read(MLModelGroupUrn.of("mlflow", "churn"), List.of(properties)));
  }
}
