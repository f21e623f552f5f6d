package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.testing.Golden;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalCodecTest {
  private static final Urn DEPLOYMENT =
      Urn.parse("urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,recommendation-endpoint,PROD)");

  @Test
  void singleIngestProposalBodyMatchesTheRestLiShape() {
    MetadataChangeProposal mcp = MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(true))
        .withSystemMetadata(SystemMetadata.builder().lastObserved(1700000000000L)
            .putProperty("clientId", "mlmeta").build());

    JsonNode body = json(ByteParts.join(ProposalCodec.ingestProposal(ProposalCodec.proposal(mcp), false)));

    assertThat(body).isEqualTo(Golden.json("golden/envelopes/ingest-proposal-status.json"));
    assertThat(body.get("async").isTextual()).as("async is the string flag").isTrue();
  }

  @Test
  void batchBodyHoldsEveryProposalInOrderAndTheAsyncFlag() {
    List<byte[]> proposals = List.of(
        ProposalCodec.proposal(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(true))),
        ProposalCodec.proposal(MetadataChangeProposal.upsert(DEPLOYMENT, Status.of(false))));

    byte[] bytes = ByteParts.join(ProposalCodec.ingestProposalBatch(proposals, true));
    JsonNode body = json(bytes);

    assertThat(body.get("async").asText()).isEqualTo("true");
    assertThat(body.get("proposals")).hasSize(2);
    assertThat(body.get("proposals").get(1).get("aspect").get("value").asText()).isEqualTo("{\"removed\":false}");
    assertThat(bytes.length).isEqualTo(proposals.get(0).length + proposals.get(1).length
        + ProposalCodec.batchOverhead(2, true));
  }

  @Test
  void nonAsciiTextIsEscapedInsideAspectValueAndDecodesUnchanged() {
    String chinese = "客户流失预测";
    String accented = "modèle de désabonnement";
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of(chinese), OwnershipType.TECHNICAL_OWNER))
        .lastModified(io.mlmeta.aspect.AuditStamp.builder().time(1L).actor(CorpUserUrn.of("x"))
            .message(accented).build())
        .build();

    byte[] bytes = ByteParts.join(ProposalCodec.ingestProposal(
        ProposalCodec.proposal(MetadataChangeProposal.upsert(DEPLOYMENT, ownership)), false));
    String value = json(bytes).get("proposal").get("aspect").get("value").asText();

    assertThat(value.chars()).allMatch(c -> c < 0x80);
    assertThat(value).contains("\\u5BA2");
    Ownership back = AspectCodec.fromJson(Ownership.TYPE, value);
    assertThat(back).isEqualTo(ownership);
    assertThat(back.owners().get(0).owner()).isEqualTo(CorpUserUrn.of(chinese));
    assertThat(back.lastModified().message()).contains(accented);
  }

  @Test
  void nonAsciiUrnOutsideTheAspectIsPlainUtf8NotDoubleEscaped() {
    Urn urn = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,modèle,PROD)");

    String body = new String(ProposalCodec.proposal(MetadataChangeProposal.upsert(urn, Status.of(false))),
        StandardCharsets.UTF_8);

    assertThat(Golden.parse(body).get("entityUrn").asText()).isEqualTo(urn.toString());
    assertThat(body).doesNotContain("\\u00e8");
  }

  @Test
  void patchProposalsUseTheJsonPatchContentType() {
    Patch patch = Patch.builder()
        .add(Patch.path("tags", "urn:li:tag:prod"), Map.of("tag", "urn:li:tag:prod"))
        .remove(Patch.path("tags", "urn:li:tag:a/b"))
        .build();

    JsonNode mcp = json(ProposalCodec.proposal(MetadataChangeProposal.patch(DEPLOYMENT, "globalTags", patch)));

    assertThat(mcp.get("changeType").asText()).isEqualTo("PATCH");
    assertThat(mcp.get("aspect").get("contentType").asText()).isEqualTo("application/json-patch+json");
    assertThat(Golden.parse(mcp.get("aspect").get("value").asText())).isEqualTo(Golden.parse(
        "[{\"op\":\"add\",\"path\":\"/tags/urn:li:tag:prod\",\"value\":{\"tag\":\"urn:li:tag:prod\"}},"
            + "{\"op\":\"remove\",\"path\":\"/tags/urn:li:tag:a~1b\",\"value\":{}}]"));
  }

  @Test
  void aGenericPatchIsSentAsTheEnvelopeThatForcesItAndReadBackAsSuch() {
    Patch patch = Patch.builder().forceGenericPatch().add("/aliases", List.of(Map.of("versionTag", "champion")))
        .build();

    JsonNode mcp = json(ProposalCodec.proposal(MetadataChangeProposal.patch(DEPLOYMENT, "versionProperties", patch)));

    JsonNode value = Golden.parse(mcp.get("aspect").get("value").asText());
    assertThat(value).isEqualTo(Golden.parse("{\"patch\":[{\"op\":\"add\",\"path\":\"/aliases\",\"value\":"
        + "[{\"versionTag\":\"champion\"}]}],\"forceGenericPatch\":true}"));
    assertThat(PatchCodec.read(value)).isEqualTo(patch);
    assertThat(PatchCodec.read(value).forceGenericPatch()).isTrue();
    assertThat(PatchCodec.read(Golden.parse("{\"patch\":[{\"op\":\"remove\",\"path\":\"/a\"}]}"))
        .forceGenericPatch()).isFalse();
  }

  @Test
  void headersAndDeleteHaveNoAspect() {
    JsonNode mcp = json(ProposalCodec.proposal(MetadataChangeProposal.delete(DEPLOYMENT, "status")
        .withHeader("If-Version-Match", "2")));

    assertThat(mcp.has("aspect")).isFalse();
    assertThat(mcp.get("headers").get("If-Version-Match").asText()).isEqualTo("2");
  }

  @Test
  void rawAspectsAreWrittenAsTheyCameButAsciiOnly() {
    RawAspect raw = RawAspect.of("documentation", "{\"documentations\":[{\"documentation\":\"naïve\"}]}");

    String value = json(ProposalCodec.proposal(MetadataChangeProposal.upsert(DEPLOYMENT, raw)))
        .get("aspect").get("value").asText();

    assertThat(value).isEqualTo("{\"documentations\":[{\"documentation\":\"na\\u00EFve\"}]}");
  }

  private static JsonNode json(byte[] bytes) {
    return Golden.parse(new String(bytes, StandardCharsets.UTF_8));
  }
}
