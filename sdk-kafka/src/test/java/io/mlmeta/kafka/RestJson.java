package io.mlmeta.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.config.RetryPolicy;
import io.mlmeta.emit.RestEmitter;
import io.mlmeta.mcp.MetadataChangeProposal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * The proposal JSON the REST emitter sends for a proposal (captured from its request to a MockWebServer standing in
 * for GMS), and a decoded Avro record in the same shape, to compare the two field by field.
 */
final class RestJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private RestJson() {}

  /** The {@code proposal} object of the REST emitter's Rest.li ingestProposal request for {@code mcp}. */
  static JsonNode ofRestEmitter(MetadataChangeProposal mcp) throws IOException, InterruptedException {
    try (MockWebServer gms = new MockWebServer()) {
      gms.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"value\":\"x\"}"));
      ConnectionConfig config = ConnectionConfig.builder().server(gms.url("/").toString())
          .retryPolicy(RetryPolicy.none()).deadline(Duration.ofSeconds(5)).build();
      try (RestEmitter rest = RestEmitter.create(config)) {
        rest.emit(mcp);
      }
      RecordedRequest request = gms.takeRequest();
      return JSON.readTree(request.getBody().readUtf8()).get("proposal");
    }
  }

  /**
   * {@code record} as the REST JSON would carry it: null fields left out, the aspect value's bytes as the JSON
   * string they are, maps as objects.
   */
  static JsonNode ofAvro(GenericRecord record) {
    ObjectNode out = JSON.createObjectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      Object value = record.get(field.name());
      if (value != null) {
        out.set(field.name(), node(value));
      }
    }
    return out;
  }

  private static JsonNode node(Object value) {
    if (value instanceof GenericRecord) {
      return ofAvro((GenericRecord) value);
    }
    if (value instanceof ByteBuffer) {
      ByteBuffer b = ((ByteBuffer) value).duplicate();
      byte[] bytes = new byte[b.remaining()];
      b.get(bytes);
      return JSON.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
    }
    if (value instanceof Map) {
      ObjectNode map = JSON.createObjectNode();
      ((Map<?, ?>) value).forEach((k, v) -> map.set(k.toString(), node(v)));
      return map;
    }
    if (value instanceof Long) {
      return JSON.getNodeFactory().numberNode((Long) value);
    }
    return JSON.getNodeFactory().textNode(value.toString());
  }
}
