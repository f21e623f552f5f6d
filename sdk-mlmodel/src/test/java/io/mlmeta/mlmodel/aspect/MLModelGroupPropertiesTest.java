package io.mlmeta.mlmodel.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.TagUrn;
import org.junit.jupiter.api.Test;

class MLModelGroupPropertiesTest {
  @Test
  void minimalWritesTheDefaultedCustomProperties() {
    Golden.assertAspect(MLModelGroupProperties.builder().build(), "golden/aspects/mlModelGroupProperties-minimal.json");
  }

  @Test
  void richWritesEveryField() {
    MLModelGroupProperties group = MLModelGroupProperties.builder()
        .putCustomProperty("team", "forecasting")
        .externalUrl("https://mlflow.example.com/#/models/churn")
        .addTrainingJob(DataProcessInstanceUrn.of("0a1b2c"))
        .addDownstreamJob(DataJobUrn.of(DataFlowUrn.of("airflow", "churn_scoring", "prod"), "score_customers"))
        .name("Churn models")
        .description("Every version of the churn model")
        .createdAt(1700000000000L)
        .created(TimeStamp.of(1700000000000L, CorpUserUrn.of("datahub")))
        .lastModified(TimeStamp.of(1700000500000L, CorpUserUrn.of("jdoe")))
        .version(VersionTag.of("2"))
        .build();

    Golden.assertAspect(group, "golden/aspects/mlModelGroupProperties-rich.json");
  }

  @Test
  void aTrainingJobOfAnotherTypeIsRefusedNamingFieldAndValue() {
    assertThatThrownBy(() -> MLModelGroupProperties.builder().addTrainingJob(TagUrn.of("x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelGroupProperties.trainingJobs")
        .hasMessageContaining("urn:li:tag:x");
  }

  @Test
  void aDownstreamJobOfAnotherTypeIsRefusedNamingFieldAndValue() {
    assertThatThrownBy(() -> MLModelGroupProperties.builder().addDownstreamJob(TagUrn.of("y")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelGroupProperties.downstreamJobs")
        .hasMessageContaining("urn:li:tag:y");
  }

  @Test
  void aNegativeCreatedAtIsRefusedNamingTheField() {
    assertThatThrownBy(() -> MLModelGroupProperties.builder().createdAt(-5L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MLModelGroupProperties.createdAt");
  }

  @Test
  void theAspectTypeDeclaresTheJobRelationships() {
    assertThat(MLModelGroupProperties.TYPE.entityTypes()).containsExactly("mlModelGroup");
    assertThat(MLModelGroupProperties.TYPE.relationships()).extracting(Object::toString)
        .containsExactly("trainingJobs/* -> TrainedBy", "downstreamJobs/* -> UsedBy");
  }
}
