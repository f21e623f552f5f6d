package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.Patch;
import io.mlmeta.mcp.SystemMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Proposals to DataHub's Rest.li JSON: the MCP object with {@code aspect.value} as an ASCII JSON string, and the
 * {@code ingestProposal} / {@code ingestProposalBatch} bodies around it.
 */
public final class ProposalCodec {
  /** Content type of an aspect value. */
  public static final String JSON = "application/json";
  /** Content type of a patch value. */
  public static final String JSON_PATCH = "application/json-patch+json";

  private static final byte[] SINGLE_OPEN = bytes("{\"proposal\":");
  private static final byte[] BATCH_OPEN = bytes("{\"proposals\":[");
  private static final byte[] ASYNC_TRUE = bytes(",\"async\":\"true\"}");
  private static final byte[] ASYNC_FALSE = bytes(",\"async\":\"false\"}");
  private static final byte[] BATCH_CLOSE_ASYNC_TRUE = bytes("]" + ",\"async\":\"true\"}");
  private static final byte[] BATCH_CLOSE_ASYNC_FALSE = bytes("]" + ",\"async\":\"false\"}");

  private ProposalCodec() {}

  /**
   * The proposal as a Rest.li MetadataChangeProposal JSON object, UTF-8, written without a generator (byte for
   * byte what Jackson's would write).
   */
  public static byte[] proposal(MetadataChangeProposal mcp) {
    JsonBytes out = JsonBytes.reused();
    out.raw("{").string("entityType").raw(":").string(mcp.entityType())
        .raw(",").string("entityUrn").raw(":").string(mcp.entityUrn().toString())
        .raw(",").string("changeType").raw(":").string(mcp.changeType().name())
        .raw(",").string("aspectName").raw(":").string(mcp.aspectName());
    if (mcp.patch().isPresent()) {
      out.raw(",").string("aspect").raw(":{").string("value").raw(":")
          .embedded(patchJson(mcp.patch().get()).getBytes(StandardCharsets.UTF_8))
          .raw(",").string("contentType").raw(":").string(JSON_PATCH).raw("}");
    } else if (mcp.aspect().isPresent()) {
      Aspect aspect = mcp.aspect().get();
      out.raw(",").string("aspect").raw(":{").string("value").raw(":");
      if (!PegasusWriter.writeEmbedded(out, aspect)) {
        out.embedded(AspectCodec.withoutPegasusWriter(aspect));
      }
      out.raw(",").string("contentType").raw(":").string(JSON).raw("}");
    }
    if (mcp.systemMetadata().isPresent()) {
      SystemMetadata sm = mcp.systemMetadata().get();
      out.raw(",").string("systemMetadata").raw(":{").string("lastObserved").raw(":").number(sm.lastObserved())
          .raw(",").string("runId").raw(":").string(sm.runId());
      if (sm.lastRunId().isPresent()) {
        out.raw(",").string("lastRunId").raw(":").string(sm.lastRunId().get());
      }
      if (!sm.properties().isEmpty()) {
        out.raw(",").string("properties").raw(":");
        stringMap(out, sm.properties());
      }
      if (sm.version().isPresent()) {
        out.raw(",").string("version").raw(":").string(sm.version().get());
      }
      out.raw("}");
    }
    if (!mcp.headers().isEmpty()) {
      out.raw(",").string("headers").raw(":");
      stringMap(out, mcp.headers());
    }
    return out.raw("}").toByteArray();
  }

  private static void stringMap(JsonBytes out, Map<String, String> map) {
    out.raw("{");
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.raw(first ? "" : ",").string(e.getKey()).raw(":").string(e.getValue());
      first = false;
    }
    out.raw("}");
  }

  /**
   * The {@code ingestProposal} body around one serialized proposal, as parts (see {@link ByteParts}); {@code async}
   * is sent as a string flag.
   */
  public static byte[][] ingestProposal(byte[] proposal, boolean async) {
    return new byte[][] {SINGLE_OPEN, proposal, async ? ASYNC_TRUE : ASYNC_FALSE};
  }

  /** The {@code ingestProposalBatch} body around serialized proposals, as parts (see {@link ByteParts}). */
  public static byte[][] ingestProposalBatch(List<byte[]> proposals, boolean async) {
    return ByteParts.around(BATCH_OPEN, proposals, async ? BATCH_CLOSE_ASYNC_TRUE : BATCH_CLOSE_ASYNC_FALSE);
  }

  /** Bytes added by {@link #ingestProposalBatch} around and between its proposals, for size planning. */
  public static int batchOverhead(int count, boolean async) {
    return BATCH_OPEN.length + 1 + (async ? ASYNC_TRUE : ASYNC_FALSE).length + Math.max(0, count - 1);
  }

  /** Writes system metadata as its Pegasus JSON object. */
  public static void writeSystemMetadata(JsonGenerator g, SystemMetadata sm) throws IOException {
    g.writeStartObject();
    g.writeNumberField("lastObserved", sm.lastObserved());
    g.writeStringField("runId", sm.runId());
    if (sm.lastRunId().isPresent()) {
      g.writeStringField("lastRunId", sm.lastRunId().get());
    }
    if (!sm.properties().isEmpty()) {
      g.writeObjectFieldStart("properties");
      for (Map.Entry<String, String> p : sm.properties().entrySet()) {
        g.writeStringField(p.getKey(), p.getValue());
      }
      g.writeEndObject();
    }
    if (sm.version().isPresent()) {
      g.writeStringField("version", sm.version().get());
    }
    g.writeEndObject();
  }

  /** The patch as its JSON-Patch array text, ASCII only; {@code remove} carries {@code "value": {}} as DataHub's clients send. */
  public static String patchJson(Patch patch) {
    StringBuilder out = new StringBuilder(64 * patch.operations().size()).append('[');
    for (int i = 0; i < patch.operations().size(); i++) {
      Patch.Operation op = patch.operations().get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append("{\"op\":\"").append(op.op().wireName()).append("\",\"path\":")
          .append(AspectCodec.valueToJson(op.path())).append(",\"value\":")
          .append(op.value().map(AspectCodec::valueToJson).orElse("{}")).append('}');
    }
    return out.append(']').toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
