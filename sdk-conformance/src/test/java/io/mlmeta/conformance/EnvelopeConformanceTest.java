package io.mlmeta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.linkedin.data.schema.RecordDataSchema;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The MCP objects the SDK sends validate against DataHub's own MetadataChangeProposal schema. */
class EnvelopeConformanceTest {
  private static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,模型,PROD)");

  static List<MetadataChangeProposal> proposals() {
    return List.of(
        MetadataChangeProposal.upsert(MODEL, Status.of(true)),
        MetadataChangeProposal.upsert(MODEL, Ownership.builder()
            .addOwner(Owner.of(CorpUserUrn.of("数据团队"), OwnershipType.TECHNICAL_OWNER)).build())
            .withSystemMetadata(SystemMetadata.builder().lastObserved(1700000000000L).runId("run-1")
                .putProperty("clientId", "mlmeta").putProperty("clientVersion", "0.1.0").build())
            .withHeader(MetadataChangeProposal.IF_VERSION_MATCH, "4"),
        MetadataChangeProposal.patch(MODEL, "globalTags", Patch.builder()
            .add(Patch.path("tags", "urn:li:tag:prod"), Map.of("tag", "urn:li:tag:prod")).build()),
        MetadataChangeProposal.delete(MODEL, "status"));
  }

  @ParameterizedTest
  @MethodSource("proposals")
  void proposalValidatesAgainstTheMcpSchema(MetadataChangeProposal mcp) {
    RecordDataSchema schema = SchemaOracle.schema("com.linkedin.mxe.MetadataChangeProposal").orElseThrow();
    String json = new String(ProposalCodec.proposal(mcp), StandardCharsets.UTF_8);

    assertThat(SchemaOracle.errors(schema, json)).as(json).isEmpty();
  }
}
