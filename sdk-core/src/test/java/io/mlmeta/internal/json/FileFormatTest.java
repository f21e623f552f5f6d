package io.mlmeta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileFormatTest {
  private static final Urn MODEL = Urn.parse("urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn,PROD)");

  @Test
  void itemsUseTheJsonFormOfTheAspect() throws IOException {
    String text = write(List.of(MetadataChangeProposal.upsert(MODEL, Status.of(true))));

    assertThat(Golden.parse(text)).isEqualTo(Golden.json("golden/envelopes/file-status.json"));
    assertThat(text).startsWith("[\n    {\n        \"entityType\": \"mlModel\"");
  }

  @Test
  void thePrettyPrinterWritesWhatDataHubsSinkWrites() throws IOException {
    JsonNode tree = Golden.parse("[{\"a\":1,\"b\":[1,{\"x\":[]}],\"c\":{},\"e\":{\"f\":\"g\"}},{}]");

    assertThat(WireJson.MAPPER.writer(FileFormat.prettyPrinter()).writeValueAsString(tree)).isEqualTo("[\n"
        + "    {\n"
        + "        \"a\": 1,\n"
        + "        \"b\": [\n"
        + "            1,\n"
        + "            {\n"
        + "                \"x\": [ ]\n"
        + "            }\n"
        + "        ],\n"
        + "        \"c\": { },\n"
        + "        \"e\": {\n"
        + "            \"f\": \"g\"\n"
        + "        }\n"
        + "    },\n"
        + "    { }\n"
        + "]");
  }

  @Test
  void proposalsReadBackEqual() throws IOException {
    List<MetadataChangeProposal> mcps = List.of(
        MetadataChangeProposal.upsert(MODEL, Ownership.builder()
            .addOwner(Owner.of(CorpUserUrn.of("数据团队"), OwnershipType.TECHNICAL_OWNER)).build()),
        MetadataChangeProposal.upsert(MODEL, Status.of(false))
            .withSystemMetadata(SystemMetadata.builder().lastObserved(5L).runId("r1").build()),
        MetadataChangeProposal.upsert(MODEL, RawAspect.of("browsePaths", "{\"paths\":[\"/a\"]}")),
        MetadataChangeProposal.patch(MODEL, "globalTags", Patch.builder()
            .add(Patch.path("tags", "urn:li:tag:x"), java.util.Map.of("tag", "urn:li:tag:x")).build()));

    List<MetadataChangeProposal> back = FileFormat.readAll(
        new ByteArrayInputStream(write(mcps).getBytes(StandardCharsets.UTF_8)));

    assertThat(back).isEqualTo(mcps);
  }

  @Test
  void theValueStringFormIsAcceptedOnRead() {
    JsonNode item = Golden.parse("{\"entityType\":\"mlModel\",\"entityUrn\":\"" + MODEL + "\","
        + "\"changeType\":\"UPSERT\",\"aspectName\":\"status\","
        + "\"aspect\":{\"value\":\"{\\\"removed\\\":true}\",\"contentType\":\"application/json\"}}");

    assertThat(FileFormat.readItem(item)).isEqualTo(MetadataChangeProposal.upsert(MODEL, Status.of(true)));
  }

  private static String write(List<MetadataChangeProposal> mcps) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(FileFormat.prettyPrinter());
      g.writeStartArray();
      for (MetadataChangeProposal mcp : mcps) {
        FileFormat.writeItem(g, mcp);
      }
      g.writeEndArray();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
