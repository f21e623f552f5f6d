package io.mlmeta.aspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.Urn;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataProcessInstanceOutputTest {
  private static final DatasetUrn PREDICTIONS = DatasetUrn.of("snowflake", "iris_output");

  @Test
  void minimalOutputIsPlainUrnsWithoutEdges() {
    Golden.assertAspect(DataProcessInstanceOutput.of(PREDICTIONS),
        "golden/aspects/dataProcessInstanceOutput-minimal.json");
  }

  @Test
  void edgesOnlyStillWriteAnEmptyOutputsArray() {
    DataProcessInstanceOutput output = DataProcessInstanceOutput.builder().addOutputEdge(Edge.to(PREDICTIONS)).build();

    Golden.assertAspect(output, "golden/aspects/dataProcessInstanceOutput-edges.json");
  }

  @Test
  void richOutputWritesUrnsAndFullEdges() {
    DataProcessInstanceOutput output = DataProcessInstanceOutput.builder()
        .addOutput(PREDICTIONS)
        .addOutputEdge(Edge.builder()
            .sourceUrn(DataProcessInstanceUrn.of("0414_simple_training_run"))
            .destinationUrn(Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,arima_model,PROD)"))
            .created(AuditStamp.of(1700000000000L, CorpUserUrn.of("datahub")))
            .lastModified(AuditStamp.of(1700000500000L, CorpUserUrn.of("datahub")))
            .properties(Map.of("stage", "candidate"))
            .build())
        .addOutputEdge(Edge.to(PREDICTIONS))
        .build();

    Golden.assertAspect(output, "golden/aspects/dataProcessInstanceOutput-rich.json");
  }

  @Test
  void outputsAndEdgesAreProducesRelationships() {
    assertThat(DataProcessInstanceOutput.TYPE.relationships()).extracting(Object::toString).containsExactly(
        "outputs/* -> Produces", "outputEdges/*/destinationUrn -> DataProcessInstanceProduces");
  }
}
