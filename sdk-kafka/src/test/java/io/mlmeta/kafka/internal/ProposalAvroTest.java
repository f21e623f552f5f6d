package io.mlmeta.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.urn.DatasetUrn;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/**
 * The checked-in schema is DataHub's MetadataChangeProposal (fields as in upstream
 * metadata-models/src/main/pegasus/com/linkedin/mxe/MetadataChangeProposal.pdl and SystemMetadata.pdl, renamed to
 * the pegasus2avro namespace), and the Confluent framing is magic byte 0 then the id in 4 big-endian bytes.
 */
class ProposalAvroTest {
  static final MetadataChangeProposal MCP = MetadataChangeProposal.upsert(DatasetUrn.of("hive", "t"),
      Status.of(true));

  @Test
  void theSchemaIsDataHubsMetadataChangeProposalWithSystemMetadataAndHeaders() {
    Schema schema = ProposalAvro.SCHEMA;
    assertThat(schema.getFullName()).isEqualTo("com.linkedin.pegasus2avro.mxe.MetadataChangeProposal");
    assertThat(names(schema)).isEqualTo("auditHeader entityType entityUrn entityKeyAspect changeType aspectName "
        + "aspect systemMetadata headers");
    Schema systemMetadata = schema.getField("systemMetadata").schema().getTypes().get(1);
    assertThat(systemMetadata.getFullName()).isEqualTo("com.linkedin.pegasus2avro.mxe.SystemMetadata");
    assertThat(names(systemMetadata)).contains("lastObserved", "runId", "lastRunId", "properties", "version");
    assertThat(schema.getField("headers").schema().getTypes().get(1).getType()).isEqualTo(Schema.Type.MAP);
    assertThat(schema.getField("changeType").schema().getEnumSymbols()).contains("UPSERT", "CREATE",
        "CREATE_ENTITY", "PATCH", "DELETE");
  }

  @Test
  void framesTheValueWithMagicByteZeroAndTheBigEndianSchemaId() {
    byte[] framed = ProposalAvro.encode(MCP, 0x01020304);
    assertThat(Arrays.copyOf(framed, 5)).containsExactly(0, 1, 2, 3, 4);
    assertThat(ProposalAvro.schemaId(framed)).isEqualTo(0x01020304);
    GenericRecord decoded = ProposalAvro.decode(framed, ProposalAvro.SCHEMA);
    assertThat(decoded.get("entityUrn").toString()).isEqualTo(MCP.entityUrn().toString());
    assertThat(decoded.get("aspectName").toString()).isEqualTo("status");
  }

  @Test
  void aValueWithoutTheFramingIsRefused() {
    assertThatThrownBy(() -> ProposalAvro.decode(new byte[] {1, 0, 0, 0, 1, 2}, ProposalAvro.SCHEMA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("magic byte 1");
  }

  private static String names(Schema record) {
    return record.getFields().stream().map(Schema.Field::name).collect(Collectors.joining(" "));
  }
}
