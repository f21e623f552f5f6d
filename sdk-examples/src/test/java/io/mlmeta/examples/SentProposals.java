package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.testing.FakeGms;
import io.mlmeta.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The requests a {@link FakeGms} received, and the proposals among them in the golden files' form: each proposal of
 * each {@code ingestProposal} or {@code ingestProposalBatch} body, in order, as {@code entityType},
 * {@code entityUrn}, {@code changeType}, {@code aspectName}, {@code aspect: {"json": <parsed value>}} and
 * {@code headers} when it has any; system metadata left out.
 */
final class SentProposals {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SentProposals() {}

  /** Takes every request received so far off the server's log, oldest first. */
  static List<RecordedRequest> drain(FakeGms gms) {
    List<RecordedRequest> requests = new ArrayList<>();
    try {
      for (RecordedRequest r = gms.server().takeRequest(0, TimeUnit.MILLISECONDS); r != null;
          r = gms.server().takeRequest(0, TimeUnit.MILLISECONDS)) {
        requests.add(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return requests;
  }

  /** The proposals in {@code requests}, in the golden form. */
  static ArrayNode proposals(List<RecordedRequest> requests) {
    ArrayNode out = MAPPER.createArrayNode();
    for (RecordedRequest request : requests) {
      String path = request.getPath();
      if (!request.getMethod().equals("POST") || !path.startsWith("/aspects?action=ingestProposal")) {
        continue;
      }
      JsonNode body = Golden.parse(request.getBody().clone().readUtf8());
      if (body.has("proposal")) {
        out.add(goldenForm(body.get("proposal")));
      } else {
        body.get("proposals").forEach(p -> out.add(goldenForm(p)));
      }
    }
    return out;
  }

  /**
   * Asserts that the requests sent since the last drain carry exactly the proposals of {@code goldenPath}, in order,
   * and that none carries an {@code Authorization} header (the client has no token); returns the requests.
   */
  static List<RecordedRequest> assertSent(FakeGms gms, String goldenPath) {
    List<RecordedRequest> requests = drain(gms);
    JsonNode expected = Golden.json(goldenPath);
    ArrayNode actual = proposals(requests);
    assertThat(actual.size()).as("number of proposals against %s: %s", goldenPath, actual)
        .isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("proposal %s of %s", i, goldenPath).isEqualTo(expected.get(i));
    }
    assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("Authorization"))
        .as("Authorization header of %s %s", r.getMethod(), r.getPath()).isNull());
    return requests;
  }

  private static ObjectNode goldenForm(JsonNode wire) {
    ObjectNode item = MAPPER.createObjectNode();
    for (String key : List.of("entityType", "entityUrn", "changeType", "aspectName")) {
      item.set(key, wire.get(key));
    }
    JsonNode aspect = wire.get("aspect");
    if (aspect != null) {
      assertThat(aspect.get("contentType").asText()).isEqualTo(wire.get("changeType").asText().equals("PATCH")
          ? "application/json-patch+json" : "application/json");
      item.putObject("aspect").set("json", Golden.parse(aspect.get("value").asText()));
    }
    if (wire.has("headers")) {
      item.set("headers", wire.get("headers"));
    }
    return item;
  }
}
