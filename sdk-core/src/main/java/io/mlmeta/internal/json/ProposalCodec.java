package io.mlmeta.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.internal.HandMade;
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

  private static final byte[] ENTITY_TYPE_KEY = bytes("{\"entityType\":");
  private static final byte[] ENTITY_URN_KEY = bytes(",\"entityUrn\":");
  private static final byte[] CHANGE_TYPE_KEY = bytes(",\"changeType\":");
  private static final byte[] ASPECT_NAME_KEY = bytes(",\"aspectName\":");
  private static final byte[] ASPECT_VALUE_KEY = bytes(",\"aspect\":{\"value\":");
  private static final byte[] CONTENT_TYPE_JSON = bytes(",\"contentType\":\"" + JSON + "\"}");
  private static final byte[] CONTENT_TYPE_PATCH = bytes(",\"contentType\":\"" + JSON_PATCH + "\"}");
  private static final byte[] LAST_OBSERVED_KEY = bytes(",\"systemMetadata\":{\"lastObserved\":");
  private static final byte[] RUN_ID_KEY = bytes(",\"runId\":");
  private static final byte[] LAST_RUN_ID_KEY = bytes(",\"lastRunId\":");
  private static final byte[] PROPERTIES_KEY = bytes(",\"properties\":");
  private static final byte[] VERSION_KEY = bytes(",\"version\":");
  private static final byte[] HEADERS_KEY = bytes(",\"headers\":");
  private static final byte[] SINGLE_OPEN = bytes("{\"proposal\":");
  private static final byte[] BATCH_OPEN = bytes("{\"proposals\":[");
  private static final String ASYNC_TRUE_TAIL = ",\"async\":\"true\"}";
  private static final String ASYNC_FALSE_TAIL = ",\"async\":\"false\"}";
  private static final byte[] ASYNC_TRUE = bytes(ASYNC_TRUE_TAIL);
  private static final byte[] ASYNC_FALSE = bytes(ASYNC_FALSE_TAIL);
  private static final byte[] BATCH_CLOSE_ASYNC_TRUE = bytes("]" + ASYNC_TRUE_TAIL);
  private static final byte[] BATCH_CLOSE_ASYNC_FALSE = bytes("]" + ASYNC_FALSE_TAIL);

  private ProposalCodec() {}

  /**
   * The proposal as a Rest.li MetadataChangeProposal JSON object, UTF-8, written without a generator (byte for
   * byte what Jackson's would write).
   */
  public static byte[] proposal(MetadataChangeProposal mcp) {
    JsonBytes out = JsonBytes.reused();
    out.raw(ENTITY_TYPE_KEY).string(mcp.entityType())
        .raw(ENTITY_URN_KEY).string(mcp.entityUrn().toString())
        .raw(CHANGE_TYPE_KEY).string(mcp.changeType().name())
        .raw(ASPECT_NAME_KEY).string(mcp.aspectName());
    if (mcp.patch().isPresent()) {
      out.raw(ASPECT_VALUE_KEY).embedded(patchJson(mcp.patch().get()).getBytes(StandardCharsets.UTF_8))
          .raw(CONTENT_TYPE_PATCH);
    } else if (mcp.aspect().isPresent()) {
      Aspect aspect = mcp.aspect().get();
      out.raw(ASPECT_VALUE_KEY);
      if (!HandMade.PEGASUS_WRITER || !PegasusWriter.writeEmbedded(out, aspect)) {
        out.embedded(AspectCodec.withoutPegasusWriter(aspect));
      }
      out.raw(CONTENT_TYPE_JSON);
    }
    if (mcp.systemMetadata().isPresent()) {
      SystemMetadata sm = mcp.systemMetadata().get();
      out.raw(LAST_OBSERVED_KEY).number(sm.lastObserved()).raw(RUN_ID_KEY).string(sm.runId());
      if (sm.lastRunId().isPresent()) {
        out.raw(LAST_RUN_ID_KEY).string(sm.lastRunId().get());
      }
      if (!sm.properties().isEmpty()) {
        out.raw(PROPERTIES_KEY);
        stringMap(out, sm.properties());
      }
      if (sm.version().isPresent()) {
        out.raw(VERSION_KEY).string(sm.version().get());
      }
      out.raw('}');
    }
    if (!mcp.headers().isEmpty()) {
      out.raw(HEADERS_KEY);
      stringMap(out, mcp.headers());
    }
    return out.raw('}').toByteArray();
  }

  private static void stringMap(JsonBytes out, Map<String, String> map) {
    out.raw('{');
    boolean first = true;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (!first) {
        out.raw(',');
      }
      out.string(e.getKey()).raw(':').string(e.getValue());
      first = false;
    }
    out.raw('}');
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
    return BATCH_OPEN.length + (async ? BATCH_CLOSE_ASYNC_TRUE : BATCH_CLOSE_ASYNC_FALSE).length
        + Math.max(0, count - 1);
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

  /**
   * The patch as the aspect value GMS reads: its operations array ({@link #patchOperationsJson}), or, for a patch
   * that forces the generic patch, the envelope {@link #patchEnvelopeJson}.
   */
  public static String patchJson(Patch patch) {
    return patch.forceGenericPatch() ? patchEnvelopeJson(patch) : patchOperationsJson(patch);
  }

  /** The patch as the envelope {@code {"patch": [...]}}, with {@code "forceGenericPatch": true} when it forces it. */
  public static String patchEnvelopeJson(Patch patch) {
    return "{\"patch\":" + patchOperationsJson(patch) + (patch.forceGenericPatch() ? ",\"forceGenericPatch\":true}"
        : "}");
  }

  /**
   * The patch as its JSON-Patch array text, ASCII only; {@code remove} carries {@code "value": {}} as DataHub's clients
   * send.
   */
  public static String patchOperationsJson(Patch patch) {
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
