package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.Urn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProposalCodec#proposal} writes its bytes by hand; they must be exactly what a Jackson generator writes for
 * the same fields (the reference below, Jackson's escapes and UTF-8), for text that needs every kind of escape.
 */
class ProposalBytesTest {
  private static final String[] TRICKY = {
      "plain", "quote \" and backslash \\", "tab\tnewline\nreturn\rbell\u0007", "modèle 客户流失 🚀",
      "del\u007f", "slash / and <html>", ""};

  static Stream<MetadataChangeProposal> proposals() {
    Stream.Builder<MetadataChangeProposal> all = Stream.builder();
    for (String text : TRICKY) {
      Urn urn = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow," + (text.isEmpty() ? "x" : text)
          .replace(",", "").replace("(", "").replace(")", "") + ",PROD)");
      Ownership ownership = Ownership.builder()
          // Parsed, not made with of(): a name made by the SDK may not hold control characters, a URN read may.
          .addOwner(Owner.of(CorpUserUrn.parse("urn:li:corpuser:u" + text), OwnershipType.TECHNICAL_OWNER))
          .lastModified(AuditStamp.builder().time(1L).actor(CorpUserUrn.of("x")).message(text + "!").build())
          .build();
      SystemMetadata sm = SystemMetadata.builder().lastObserved(1700000000123L).runId("run " + text)
          .lastRunId(text).version(text).putProperty("k " + text, "v " + text).putProperty("clientId", "mlmeta")
          .build();
      all.add(MetadataChangeProposal.upsert(urn, ownership).withSystemMetadata(sm).withHeader("If-Version-Match",
          text));
      all.add(MetadataChangeProposal.upsert(urn, Status.of(true)));
      all.add(MetadataChangeProposal.upsert(urn, RawAspect.of("documentation",
          "{\n  \"documentations\": [{\"documentation\": " + quoted(text) + "}]\n}")));
      all.add(MetadataChangeProposal.patch(urn, "globalTags", Patch.builder()
          .add(Patch.path("tags", "urn:li:tag:" + text), Map.of("tag", "urn:li:tag:" + text)).build()));
      all.add(MetadataChangeProposal.delete(urn, "status"));
    }
    return all.build();
  }

  @ParameterizedTest
  @MethodSource("proposals")
  void handWrittenBytesEqualJacksonsGenerator(MetadataChangeProposal mcp) throws IOException {
    assertThat(new String(ProposalCodec.proposal(mcp), StandardCharsets.UTF_8))
        .isEqualTo(new String(reference(mcp), StandardCharsets.UTF_8));
  }

  /** The envelope as a Jackson generator writes it, field by field as wire.md orders them. */
  private static byte[] reference(MetadataChangeProposal mcp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("entityType", mcp.entityType());
      g.writeStringField("entityUrn", mcp.entityUrn().toString());
      g.writeStringField("changeType", mcp.changeType().name());
      g.writeStringField("aspectName", mcp.aspectName());
      if (mcp.aspect().isPresent() || mcp.patch().isPresent()) {
        g.writeObjectFieldStart("aspect");
        if (mcp.patch().isPresent()) {
          g.writeStringField("value", ProposalCodec.patchJson(mcp.patch().get()));
          g.writeStringField("contentType", ProposalCodec.JSON_PATCH);
        } else {
          g.writeStringField("value", AspectCodec.toJson(mcp.aspect().get()));
          g.writeStringField("contentType", ProposalCodec.JSON);
        }
        g.writeEndObject();
      }
      if (mcp.systemMetadata().isPresent()) {
        g.writeFieldName("systemMetadata");
        ProposalCodec.writeSystemMetadata(g, mcp.systemMetadata().get());
      }
      if (!mcp.headers().isEmpty()) {
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> h : mcp.headers().entrySet()) {
          g.writeStringField(h.getKey(), h.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static String quoted(String text) {
    try {
      return WireJson.MAPPER.writeValueAsString(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
