package io.mlmeta.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpOutcome;
import io.mlmeta.internal.http.Transport;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Searcher} over GMS's OpenAPI v3 entity scroll, which covers every entity type of the server's registry,
 * {@code mlModelDeployment} included (GraphQL's {@code scrollAcrossEntities} has no such search type). One page is
 * one request:
 *
 * <pre>
 * POST /openapi/v3/entity/scroll?count=&lt;pageSize&gt;&amp;query=&lt;filters&gt;&amp;sort=urn&amp;sortOrder=ASCENDING
 *      &amp;includeSoftDelete=&lt;includeRemoved&gt;[&amp;scrollId=&lt;from the page before&gt;]
 * {"entities":["container","dataProcessInstance","mlModel","mlModelDeployment","mlModelGroup"]}
 * </pre>
 *
 * <p>The filters are one query-string query of {@code field:"value"} terms joined by {@code AND}, on the fields
 * DataHub's models index: {@code platform}, {@code origin}/{@code env}, {@code name}, {@code tags},
 * {@code glossaryTerms}, {@code domains}, {@code owners}, {@code customProperties} ({@code "key=value"}),
 * {@code deploymentStatus}, {@code aliases}, {@code typeNames}; {@code *} with no filters. For example a query
 * for MLflow models tagged production sends
 * {@code query=platform:"urn:li:dataPlatform:mlflow" AND tags:"urn:li:tag:production"}. The
 * answer is {@code {"scrollId": ..., "entities": [{"urn": ...}, ...], "totalCount": n}}; only the URNs are read.
 * The body names no {@code aspects}, so each entity comes with all its aspects: naming some would make the server
 * leave out the matches that lack them.
 *
 * <p><b>Servers.</b> The cross-entity scroll is part of OpenAPI v3 (on by default) from the DataHub 0.14 line on
 * (not checked against a live server of each version); an older server answers 404 or 405, which is thrown as a
 * {@link DataHubServerException} with that status and the server's message. {@code totalCount} is filled in by
 * newer servers; older ones leave it out or send 0 beside a non-empty page, and then {@link SearchPage#total()}
 * is empty. The scroll keeps a point in time alive for 5 minutes (the server's default {@code pitKeepAlive}), so a
 * stream left unread longer may fail. Like every search, it sees a write once the server has indexed it, a moment
 * after the write.
 *
 * <p>Requests go through the connection of the config: the same OkHttp client, token, retries, timeouts and
 * deadline as the reader and emitter; a refusal is a {@link DataHubServerException} with the server's status and
 * message. Thread-safe; close it to release its share of the connection.
 */
public final class RestSearcher implements Searcher, AutoCloseable {
  private final Transport transport;

  private RestSearcher(Transport transport) {
    this.transport = transport;
  }

  /**
   * A searcher with {@code config} (server, token, timeouts, retries); one made from the same config object as a
   * reader or emitter shares their OkHttp client, pool and retry thread.
   */
  public static RestSearcher create(ConnectionConfig config) {
    return new RestSearcher(Transport.acquire(Objects.requireNonNull(config, "config")));
  }

  @Override
  public SearchPage page(SearchQuery query, String cursor) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(cursor, "cursor");
    HttpCall call = new HttpCall("POST", ScrollRequest.path(query, cursor),
        ScrollRequest.body(query).getBytes(StandardCharsets.UTF_8), null, null);
    HttpOutcome outcome = transport.sender().sendAndWait(call);
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
    return read(outcome, call);
  }

  /** Ends this searcher's requests under way and releases its share of the connection. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "RestSearcher{server=" + transport.config().server() + "}";
  }

  private static SearchPage read(HttpOutcome outcome, HttpCall call) {
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(outcome.body() == null ? "" : outcome.body());
    } catch (IOException e) {
      throw unexpected(outcome, call, "the answer is not JSON");
    }
    if (json == null || !json.isObject() || !json.path("entities").isArray()) {
      throw unexpected(outcome, call, "the answer has no \"entities\" array");
    }
    List<Urn> urns = new ArrayList<>();
    for (JsonNode entity : json.get("entities")) {
      try {
        urns.add(Urn.parse(entity.path("urn").asText()));
      } catch (UrnSyntaxException e) {
        throw unexpected(outcome, call, "an entity has no valid \"urn\" (" + e.getMessage() + ")");
      }
    }
    JsonNode scrollId = json.path("scrollId");
    String next = urns.isEmpty() || !scrollId.isTextual() ? "" : scrollId.asText();
    JsonNode count = json.path("totalCount");
    long total = count.isIntegralNumber() && (count.asLong() > 0 || urns.isEmpty() && next.isEmpty())
        ? count.asLong() : -1;
    return SearchPage.of(urns, total, next);
  }

  private static DataHubServerException unexpected(HttpOutcome outcome, HttpCall call, String what) {
    String body = outcome.body() == null ? "" : outcome.body();
    return new DataHubServerException(outcome.status(), what + ": "
        + (body.length() > 200 ? body.substring(0, 200) + "…" : body), call.method(), call.path(), null, null,
        outcome.attempts());
  }
}
