package io.mlmeta.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.ByteParts;
import io.mlmeta.internal.json.ProposalCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAPI v3 writes (wire.md section 2.5): UPSERT as {@code POST /openapi/v3/entity/{entityType}?async=...}, PATCH
 * as {@code PATCH} on the same URL, the body a JSON array of {@code {"urn": ..., "<aspect>": {"value": {...},
 * "systemMetadata": {...}, "headers": {...}}}}. Unlike DataHub's Python client, the proposal's own headers are
 * forwarded in {@code headers}; conditional writes never come here, though: the emitter sends them over Rest.li
 * ({@link ConditionalRouting}).
 */
public final class OpenApiRequests implements IngestRequests {
  /** The per-aspect header asking GMS to update the search index before answering. */
  public static final String SYNC_INDEX_HEADER = "X-DataHub-Sync-Index-Update";
  private static final byte[] OPEN = {'['};
  private static final byte[] CLOSE = {']'};

  private final boolean async;
  private final boolean syncIndex;

  /** Requests with {@code ?async=} and, for SYNC_WAIT, the sync-index header on every aspect. */
  public OpenApiRequests(boolean async, boolean syncIndex) {
    this.async = async;
    this.syncIndex = syncIndex;
  }

  @Override
  public void check(MetadataChangeProposal mcp) {
    ChangeType type = mcp.changeType();
    if (type != ChangeType.UPSERT && type != ChangeType.PATCH) {
      throw new IllegalArgumentException("the OpenAPI endpoint carries UPSERT and PATCH proposals only, not "
          + type + " (" + mcp.entityUrn() + ", " + mcp.aspectName() + "); use the Rest.li endpoint for it");
    }
  }

  @Override
  public byte[] encode(MetadataChangeProposal mcp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = WireJson.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("urn", mcp.entityUrn().toString());
      g.writeObjectFieldStart(mcp.aspectName());
      g.writeFieldName("value");
      if (mcp.changeType() == ChangeType.PATCH) {
        g.writeRawValue(ProposalCodec.patchEnvelopeJson(mcp.patch().orElseThrow()));
      } else {
        g.writeRawValue(AspectCodec.toJson(mcp.aspect().orElseThrow()));
      }
      if (mcp.systemMetadata().isPresent()) {
        g.writeFieldName("systemMetadata");
        ProposalCodec.writeSystemMetadata(g, mcp.systemMetadata().get());
      }
      Map<String, String> headers = new LinkedHashMap<>(mcp.headers());
      if (syncIndex) {
        headers.put(SYNC_INDEX_HEADER, "true");
      }
      if (!headers.isEmpty()) {
        g.writeObjectField("headers", headers);
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public String batchKey(MetadataChangeProposal mcp) {
    return method(mcp) + " " + path(mcp);
  }

  @Override
  public HttpCall single(MetadataChangeProposal mcp, byte[] encoded) {
    return HttpCall.ofParts(method(mcp), path(mcp), array(List.of(encoded)), mcp.entityUrn().toString(),
        mcp.aspectName());
  }

  @Override
  public HttpCall batchTarget(MetadataChangeProposal first) {
    return new HttpCall(method(first), path(first), null, null, null);
  }

  @Override
  public HttpCall batch(List<MetadataChangeProposal> mcps, List<byte[]> encoded) {
    return HttpCall.batch(batchTarget(mcps.get(0)), array(encoded), mcps);
  }

  @Override
  public long batchOverhead() {
    return 2;
  }

  private static String method(MetadataChangeProposal mcp) {
    return mcp.changeType() == ChangeType.PATCH ? "PATCH" : "POST";
  }

  private String path(MetadataChangeProposal mcp) {
    return "/openapi/v3/entity/" + mcp.entityType() + "?async=" + async;
  }

  private static byte[][] array(List<byte[]> items) {
    return ByteParts.around(OPEN, items, CLOSE);
  }
}
