package io.mlmeta.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The checked-in failure schema is DataHub's FailedMetadataChangeProposal (upstream
 * metadata-models/src/main/pegasus/com/linkedin/mxe/FailedMetadataChangeProposal.pdl: optional auditHeader, the
 * metadataChangeProposal, the error string, in the pegasus2avro namespace), built on this module's MCP schema.
 */
class FailedProposalAvroTest {
  @Test
  void theSchemaIsDataHubsFailedMetadataChangeProposalHoldingOurProposalSchema() {
    Schema schema = FailedProposalAvro.SCHEMA;
    assertThat(schema.getFullName()).isEqualTo("com.linkedin.pegasus2avro.mxe.FailedMetadataChangeProposal");
    assertThat(schema.getFields().stream().map(Schema.Field::name).collect(Collectors.joining(" ")))
        .isEqualTo("auditHeader metadataChangeProposal error");
    assertThat(schema.getField("metadataChangeProposal").schema()).isEqualTo(ProposalAvro.SCHEMA);
    assertThat(schema.getField("auditHeader").schema().getTypes().get(1))
        .isEqualTo(ProposalAvro.SCHEMA.getField("auditHeader").schema().getTypes().get(1));
    assertThat(schema.getField("error").schema().getType()).isEqualTo(Schema.Type.STRING);
  }

  @Test
  void aValueThatIsNotAFailureRecordIsRefusedNamingTheSchemas() {
    assertThatThrownBy(() -> FailedProposalAvro.decode(new byte[] {0, 0, 0, 0, 7, -1, -1}, FailedProposalAvro.SCHEMA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FailedMetadataChangeProposal");
    assertThatThrownBy(() -> FailedProposalAvro.decode(new byte[] {1, 2}, FailedProposalAvro.SCHEMA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Confluent-framed value");
  }
}
