package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.Urn;
import org.junit.jupiter.api.Test;

class DataProcessInstanceRelationshipsTest {
  @Test
  void minimalRelationshipsWriteAnEmptyUpstreamArray() {
    Golden.assertAspect(DataProcessInstanceRelationships.builder().build(),
        "golden/aspects/dataProcessInstanceRelationships-minimal.json");
  }

  @Test
  void richRelationshipsWriteEveryField() {
    DataProcessInstanceRelationships relationships = DataProcessInstanceRelationships.builder()
        .parentTemplate(DataJobUrn.of(DataFlowUrn.of("airflow", "training", "prod"), "train_model"))
        .parentInstance(DataProcessInstanceUrn.of("nightly-2024-01-01"))
        .addUpstreamInstance(DataProcessInstanceUrn.of("prepare-2024-01-01"))
        .addUpstreamInstance(DataProcessInstanceUrn.of("features-2024-01-01"))
        .build();

    Golden.assertAspect(relationships, "golden/aspects/dataProcessInstanceRelationships-rich.json");
  }

  @Test
  void theTemplateMustBeAJobFlowOrDataset() {
    assertThatThrownBy(() -> DataProcessInstanceRelationships.builder()
        .parentTemplate(Urn.parse("urn:li:tag:x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DataProcessInstanceRelationships.parentTemplate must be a dataFlow or dataJob or dataset URN"
            + " but was urn:li:tag:x");
  }

  @Test
  void upstreamInstancesMustBeRuns() {
    assertThatThrownBy(() -> DataProcessInstanceRelationships.builder()
        .addUpstreamInstance(Urn.parse("urn:li:dataset:(urn:li:dataPlatform:s3,x,PROD)")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DataProcessInstanceRelationships.upstreamInstances")
        .hasMessageContaining("urn:li:dataset:(urn:li:dataPlatform:s3,x,PROD)");
  }

  @Test
  void eachFieldIsARelationship() {
    assertThat(DataProcessInstanceRelationships.TYPE.relationships()).extracting(Object::toString).containsExactly(
        "parentTemplate -> InstanceOf", "parentInstance -> ChildOf", "upstreamInstances/* -> UpstreamOf");
  }
}
