package io.mlmeta.bench.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Checks a Rest.li ingest body and counts its proposals: every proposal must be an UPSERT of {@code mlModelProperties}
 * on an {@code mlModel} URN, with the aspect as a JSON string of content type {@code application/json}. The body is
 * streamed once; the aspect JSON itself is parsed only for sampled proposals ({@link #deepCheck}), which must hold
 * the benchmark's 10 custom properties, 5 hyperparameters and 5 training metrics.
 */
final class ProposalCheck {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private ProposalCheck() {}

  /** What the sink needs from one checked proposal: its aspect JSON text. */
  interface AspectSink {
    void aspect(String json);
  }

  /**
   * The number of proposals in the body of {@code ingestProposal} ({@code batch} false) or
   * {@code ingestProposalBatch} ({@code batch} true).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static int count(byte[] body, int length, boolean batch, AspectSink aspects) {
    try (JsonParser p = FACTORY.createParser(body, 0, length)) {
      expect(p.nextToken(), JsonToken.START_OBJECT, "body");
      int count = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        JsonToken t = p.nextToken();
        if (!batch && field.equals("proposal")) {
          proposal(p, aspects);
          count++;
        } else if (batch && field.equals("proposals")) {
          expect(t, JsonToken.START_ARRAY, "proposals");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            proposal(p, aspects);
            count++;
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the body object");
      }
      if (count == 0) {
        throw new IllegalArgumentException("no proposal in the body");
      }
      return count;
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Parses the aspect JSON and checks the benchmark content.
   *
   * @throws IllegalArgumentException naming what is missing
   */
  static void deepCheck(String aspectJson) {
    JsonNode aspect;
    try {
      aspect = MAPPER.readTree(aspectJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("aspect value is not JSON: " + e.getMessage(), e);
    }
    size(aspect, "customProperties", 10);
    size(aspect, "hyperParams", 5);
    size(aspect, "trainingMetrics", 5);
    if (!aspect.path("description").isTextual() || !aspect.path("type").isTextual()) {
      throw new IllegalArgumentException("aspect lacks description or type: " + aspectJson);
    }
  }

  private static void size(JsonNode aspect, String field, int expected) {
    if (aspect.path(field).size() != expected) {
      throw new IllegalArgumentException("aspect " + field + " holds " + aspect.path(field).size() + " entries, not "
          + expected);
    }
  }

  private static void proposal(JsonParser p, AspectSink aspects) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT, "proposal");
    String entityType = null;
    String urn = null;
    String changeType = null;
    String aspectName = null;
    String value = null;
    String contentType = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.getCurrentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "entityType":
          entityType = p.getValueAsString();
          break;
        case "entityUrn":
          urn = p.getValueAsString();
          break;
        case "changeType":
          changeType = p.getValueAsString();
          break;
        case "aspectName":
          aspectName = p.getValueAsString();
          break;
        case "aspect":
          expect(t, JsonToken.START_OBJECT, "aspect");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.getCurrentName();
            JsonToken v = p.nextToken();
            if (f.equals("value") && v == JsonToken.VALUE_STRING) {
              value = p.getText();
            } else if (f.equals("contentType")) {
              contentType = p.getValueAsString();
            } else {
              p.skipChildren();
            }
          }
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    if (!"mlModel".equals(entityType) || urn == null || !urn.startsWith("urn:li:mlModel:(")
        || !"UPSERT".equals(changeType) || !"mlModelProperties".equals(aspectName)
        || !"application/json".equals(contentType) || value == null || !value.startsWith("{")) {
      throw new IllegalArgumentException("not an mlModelProperties upsert: entityType=" + entityType + " urn=" + urn
          + " changeType=" + changeType + " aspectName=" + aspectName + " contentType=" + contentType);
    }
    aspects.aspect(value);
  }

  private static void expect(JsonToken actual, JsonToken expected, String what) {
    if (actual != expected) {
      throw new IllegalArgumentException(what + ": expected " + expected + " but found " + actual);
    }
  }
}
