package io.mlmeta.internal.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import io.mlmeta.urn.Urn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The payload of one log record: {@code {"timeseries": true, "mcp": <item>}} where the item is the change as a
 * proposal in DataHub's file format ({@link FileFormat#writeItem}): an UPSERT carrying the aspect as it stands after
 * the change, with its system metadata and assigned version, or a DELETE. {@code timeseries} is present only when
 * true. Changes written as one unit share one record, {@code {"unit": [<change>, ...]}}, so that a torn record (a
 * crash while writing it) takes all of them away and none is left half written.
 */
final class LogRecords {
  private static final byte[] UNIT_OPEN = "{\"unit\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UNIT_CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

  private LogRecords() {}

  static byte[] encode(AspectRecord record) {
    MetadataChangeProposal.Builder mcp = MetadataChangeProposal.builder().entityUrn(record.urn())
        .aspectName(record.aspectName());
    if (record.isDelete()) {
      mcp.changeType(ChangeType.DELETE);
    } else {
      mcp.changeType(ChangeType.UPSERT)
          .aspect(RawAspect.of(record.aspectName(), record.json().toString()))
          .systemMetadata(record.systemMetadata());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      if (record.timeseries()) {
        g.writeBooleanField("timeseries", true);
      }
      g.writeFieldName("mcp");
      FileFormat.writeItem(g, mcp.build());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One payload holding the changes {@code payloads} (each from {@link #encode}) as one unit. */
  static byte[] encodeUnit(List<byte[]> payloads) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(UNIT_OPEN);
    for (int i = 0; i < payloads.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(payloads.get(i));
    }
    out.writeBytes(UNIT_CLOSE);
    return out.toByteArray();
  }

  /**
   * Reads a payload back: one change, or the changes of a unit in order.
   *
   * @throws IllegalArgumentException if it is not a record this class wrote
   */
  static List<AspectRecord> decode(byte[] payload) {
    JsonNode root;
    try {
      root = StoreLimits.MAPPER.readTree(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("the record is not JSON: " + e.getMessage(), e);
    }
    if (!root.has("unit")) {
      return List.of(change(root));
    }
    List<AspectRecord> out = new ArrayList<>();
    for (JsonNode change : root.get("unit")) {
      out.add(change(change));
    }
    return out;
  }

  private static AspectRecord change(JsonNode root) {
    JsonNode mcp = root.path("mcp");
    Urn urn = Urn.parse(mcp.path("entityUrn").asText(null));
    String aspectName = mcp.path("aspectName").asText(null);
    if (aspectName == null) {
      throw new IllegalArgumentException("the record has no aspectName");
    }
    boolean timeseries = root.path("timeseries").asBoolean(false);
    String changeType = mcp.path("changeType").asText("");
    if (changeType.equals("DELETE")) {
      return AspectRecord.delete(urn, aspectName, timeseries);
    }
    JsonNode json = mcp.path("aspect").path("json");
    if (!changeType.equals("UPSERT") || !json.isObject()) {
      throw new IllegalArgumentException("the record is neither an UPSERT with an aspect object nor a DELETE");
    }
    if (!mcp.hasNonNull("systemMetadata")) {
      throw new IllegalArgumentException("the record has no systemMetadata");
    }
    SystemMetadata systemMetadata = WireJson.MAPPER.convertValue(mcp.get("systemMetadata"), SystemMetadata.class);
    return AspectRecord.write(urn, aspectName, timeseries, (ObjectNode) json, systemMetadata);
  }
}
