package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * DataHub's file-source format, the one {@code datahub ingest} reads: a JSON array of proposals whose aspect is
 * written as {@code "aspect": {"json": {...}}} (a patch as {@code {"json": [...]}}). Reading also accepts the
 * {@code {"value": "<json text>", "contentType": ...}} form.
 */
public final class FileFormat {
  private FileFormat() {}

  /** A pretty printer indenting by four spaces with {@code ": "} between names and values, as DataHub's sink writes. */
  public static DefaultPrettyPrinter prettyPrinter() {
    return new FilePrettyPrinter();
  }

  /**
   * Python's {@code json.dumps(indent=4)}: Jackson's default printer with {@code ": "} rather than {@code " : "}
   * between a name and its value. Written against {@code PrettyPrinter}'s own methods, which Jackson 2.12 has too
   * ({@code Separators.Spacing}, the 2.16 way to say it, is not there).
   */
  private static final class FilePrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    FilePrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    private FilePrettyPrinter(FilePrettyPrinter base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new FilePrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }

  /** Writes one proposal as a file-format item. */
  public static void writeItem(JsonGenerator g, MetadataChangeProposal mcp) throws IOException {
    g.writeStartObject();
    g.writeStringField("entityType", mcp.entityType());
    g.writeStringField("entityUrn", mcp.entityUrn().toString());
    g.writeStringField("changeType", mcp.changeType().name());
    g.writeStringField("aspectName", mcp.aspectName());
    if (mcp.aspect().isPresent() || mcp.patch().isPresent()) {
      String json = mcp.patch().isPresent()
          ? ProposalCodec.patchJson(mcp.patch().get())
          : AspectCodec.toJson(mcp.aspect().get());
      g.writeObjectFieldStart("aspect");
      g.writeFieldName("json");
      g.writeTree(WireJson.MAPPER.readTree(json));
      g.writeEndObject();
    }
    if (mcp.systemMetadata().isPresent()) {
      g.writeFieldName("systemMetadata");
      ProposalCodec.writeSystemMetadata(g, mcp.systemMetadata().get());
    }
    if (!mcp.headers().isEmpty()) {
      g.writeObjectField("headers", mcp.headers());
    }
    g.writeEndObject();
  }

  /** Reads every proposal of a file-format JSON array. */
  public static List<MetadataChangeProposal> readAll(InputStream in) throws IOException {
    List<MetadataChangeProposal> out = new ArrayList<>();
    try (JsonParser p = WireJson.FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("a metadata file is a JSON array of proposals");
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        out.add(readItem(WireJson.MAPPER.readTree(p)));
      }
    }
    return out;
  }

  /** Reads one proposal from a file-format item or a Rest.li MCP object. */
  public static MetadataChangeProposal readItem(JsonNode item) {
    Urn urn = Urn.parse(item.path("entityUrn").asText(null));
    ChangeType changeType = ChangeType.valueOf(item.path("changeType").asText("UPSERT"));
    String aspectName = item.path("aspectName").asText(null);
    MetadataChangeProposal.Builder mcp = MetadataChangeProposal.builder().entityUrn(urn).changeType(changeType);
    if (aspectName != null) {
      mcp.aspectName(aspectName);
    }
    JsonNode aspect = item.get("aspect");
    if (aspect != null) {
      JsonNode value = aspect.has("json") ? aspect.get("json") : parse(aspect.path("value").asText());
      if (changeType == ChangeType.PATCH) {
        mcp.patch(PatchCodec.read(value));
      } else {
        Aspect typed = AspectCodec.read(aspectName, value);
        mcp.aspect(typed);
      }
    }
    if (item.hasNonNull("systemMetadata")) {
      mcp.systemMetadata(WireJson.MAPPER.convertValue(item.get("systemMetadata"), SystemMetadata.class));
    }
    if (item.has("headers")) {
      item.get("headers").fields().forEachRemaining(h -> mcp.putHeader(h.getKey(), h.getValue().asText()));
    }
    return mcp.build();
  }

  private static JsonNode parse(String json) {
    try {
      return WireJson.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("aspect.value is not JSON: " + e.getMessage(), e);
    }
  }
}
