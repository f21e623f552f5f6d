package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataProcessInstanceInputTest {
  private static final DatasetUrn IRIS = DatasetUrn.of("snowflake", "iris_input");

  @Test
  void minimalInputIsPlainUrnsWithoutEdges() {
    Golden.assertAspect(DataProcessInstanceInput.of(IRIS), "golden/aspects/dataProcessInstanceInput-minimal.json");
  }

  @Test
  void edgesOnlyStillWriteAnEmptyInputsArray() {
    DataProcessInstanceInput input = DataProcessInstanceInput.builder().addInputEdge(Edge.to(IRIS)).build();

    Golden.assertAspect(input, "golden/aspects/dataProcessInstanceInput-edges.json");
  }

  @Test
  void richInputWritesUrnsAndFullEdges() {
    DataProcessInstanceInput input = DataProcessInstanceInput.builder()
        .addInput(IRIS)
        .addInputEdge(Edge.builder()
            .sourceUrn(DataProcessInstanceUrn.of("0414_simple_training_run"))
            .destinationUrn(IRIS)
            .created(AuditStamp.of(1700000000000L, CorpUserUrn.of("datahub")))
            .lastModified(AuditStamp.of(1700000500000L, CorpUserUrn.of("datahub")))
            .properties(Map.of("split", "train"))
            .build())
        .addInputEdge(Edge.to(Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,base_model,PROD)")))
        .build();

    Golden.assertAspect(input, "golden/aspects/dataProcessInstanceInput-rich.json");
  }

  @Test
  void inputsAndEdgesAreConsumesRelationships() {
    assertThat(DataProcessInstanceInput.TYPE.relationships()).extracting(Object::toString).containsExactly(
        "inputs/* -> Consumes", "inputEdges/*/destinationUrn -> DataProcessInstanceConsumes");
  }
}
