package io.mlmeta.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.RawAspect;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.error.DataHubConflictException;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.FileFormat;
import io.mlmeta.internal.json.KeyAspects;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.local.LocalStore;
import io.mlmeta.mcp.ChangeType;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.read.VersionedAspect;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A stand-in for DataHub GMS on a MockWebServer, speaking GMS's Rest.li shapes (wire.md §1, §3, §8) over a real
 * {@link LocalStore}: aspects are stored and versioned, {@code If-Version-Match} is enforced with GMS's own 422
 * "Expected version X, actual version Y", reads answer the VersionedAspect / entitiesV2 / relationships shapes with
 * paging, and hard deletes remove entities. An {@code ingestProposalBatch} is applied as GMS applies a synchronous
 * one, in one transaction: all of its proposals or, if one fails, none (422 naming the proposal that failed).
 * OpenAPI v3 UPSERTs ({@code POST /openapi/v3/entity/{type}}) are applied too, as DataHub 1.5.x's batch route does:
 * ignoring the proposals' conditional-write headers (datahub-project/datahub#19127). As GMS does, it refuses a
 * {@code versionProperties} UPSERT that carries the server-owned {@code isLatest}, and applies PATCH proposals to the
 * stored aspect (keeping {@code isLatest}) when it says it is {@link #patchCapable(boolean) patch-capable}, as it does
 * by default. {@code POST /openapi/v3/entity/scroll} is answered by {@link FakeSearch}.
 */
public final class FakeGms extends Dispatcher implements AutoCloseable {
  private final LocalStore store;
  private final MockWebServer server = MockServers.noDelay();
  private final AtomicInteger conflicts = new AtomicInteger();
  private final AtomicInteger ingested = new AtomicInteger();
  private final AtomicInteger disconnectAt = new AtomicInteger(-1);
  private volatile boolean patchCapable = true;

  private FakeGms(Path dir) {
    this.store = LocalStore.open(dir);
    server.setDispatcher(this);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fake GMS storing in {@code dir}, listening on a loopback port. */
  public static FakeGms start(Path dir) {
    return new FakeGms(dir);
  }

  /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** The store behind it, for assertions. */
  public LocalStore store() {
    return store;
  }

  /** Sets what {@code GET /config} says of {@code patchCapable}; a server that is not refuses PATCH proposals. */
  public FakeGms patchCapable(boolean capable) {
    this.patchCapable = capable;
    return this;
  }

  /** How many writes were refused for a version conflict. */
  public int conflicts() {
    return conflicts.get();
  }

  /** How many proposals were acknowledged. */
  public int ingested() {
    return ingested.get();
  }

  /**
   * Makes the next request fail as a connection reset while its body is being sent (MockWebServer's
   * {@code DISCONNECT_DURING_REQUEST_BODY}): half of the body is read, then the connection is closed, and the
   * request is not applied.
   */
  public void disconnectNextRequestDuringBody() {
    disconnectAt.set(server.getRequestCount());
  }

  @Override
  public MockResponse peek() {
    return server.getRequestCount() == disconnectAt.get()
        ? new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_REQUEST_BODY) : super.peek();
  }

  /** The MockWebServer, for its request log; request bodies are left unread there. */
  public MockWebServer server() {
    return server;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (disconnectAt.compareAndSet(server.getRequestCount() - 1, -1)) {
      return new MockResponse().setResponseCode(500);
    }
    try {
      return route(request);
    } catch (DataHubServerException e) {
      if (e instanceof DataHubConflictException) {
        conflicts.incrementAndGet();
      }
      return error(e.status(), e.serverMessage());
    } catch (DataHubException | IllegalArgumentException e) {
      return error(422, e.getMessage());
    }
  }

  private MockResponse route(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String path = url.encodedPath();
    String method = request.getMethod();
    if (method.equals("GET") && path.equals("/config")) {
      return json("{\"noCode\":\"true\",\"patchCapable\":" + patchCapable
          + ",\"versions\":{\"acryldata/datahub\":{\"version\":\"v1.2.0\"}}}");
    }
    if (method.equals("POST") && path.equals("/aspects")) {
      JsonNode body = Golden.parse(request.getBody().clone().readUtf8());
      String action = url.queryParameter("action");
      List<JsonNode> proposals = new ArrayList<>();
      if ("ingestProposal".equals(action)) {
        proposals.add(body.get("proposal"));
      } else if ("ingestProposalBatch".equals(action)) {
        body.get("proposals").forEach(proposals::add);
      }
      if (!proposals.isEmpty()) {
        List<MetadataChangeProposal> mcps = new ArrayList<>();
        for (JsonNode proposal : proposals) {
          if (carriesIsLatest(proposal)) {
            return error(422, "Validation failed for " + proposal.path("entityUrn").asText() + " versionProperties:"
                + " IsLatest should not be specified, this is a computed field.");
          }
          mcps.add(FileFormat.readItem(proposal));
        }
        return ingest(mcps);
      }
    }
    if (method.equals("POST") && path.equals("/openapi/v3/entity/scroll")) {
      Set<String> types = new HashSet<>();
      Golden.parse(request.getBody().clone().readUtf8()).path("entities").forEach(t -> types.add(t.asText()));
      return json(FakeSearch.answer(store, types, url.queryParameter("query"),
          Boolean.parseBoolean(url.queryParameter("includeSoftDelete")),
          Integer.parseInt(url.queryParameter("count")), url.queryParameter("scrollId")));
    }
    if (method.equals("POST") && path.startsWith("/openapi/v3/entity/")) {
      return ingest(openApiItems(Golden.parse(request.getBody().clone().readUtf8())));
    }
    if (method.equals("GET") && path.startsWith("/aspects/")) {
      return aspect(urn(path, "/aspects/"), url.queryParameter("aspect"));
    }
    if (method.equals("GET") && path.startsWith("/entitiesV2/")) {
      return entity(urn(path, "/entitiesV2/"), listParameter(url.queryParameter("aspects")));
    }
    if (method.equals("GET") && path.equals("/relationships")) {
      return relationships(url);
    }
    if (method.equals("POST") && path.equals("/entities") && "delete".equals(url.queryParameter("action"))) {
      return hardDelete(Urn.parse(Golden.parse(request.getBody().clone().readUtf8()).get("urn").asText()));
    }
    return error(404, "No resource for " + method + " " + path);
  }

  /** Whether a Rest.li proposal writes (not patches) a {@code versionProperties} value with {@code isLatest}. */
  private static boolean carriesIsLatest(JsonNode proposal) {
    return proposal.path("aspectName").asText().equals("versionProperties")
        && !proposal.path("changeType").asText().equals("PATCH")
        && Golden.parse(proposal.path("aspect").path("value").asText("{}")).has("isLatest");
  }

  /** Applies {@code mcps} whole or not at all; a refusal names the proposal that failed, as GMS's message does. */
  private MockResponse ingest(List<MetadataChangeProposal> mcps) {
    for (MetadataChangeProposal mcp : mcps) {
      if (mcp.changeType() == ChangeType.PATCH && !patchCapable) {
        return error(400, "PATCH is not supported by this server: " + mcp.entityUrn() + " " + mcp.aspectName());
      }
    }
    try {
      store.emitAtomically(mcps);
    } catch (DataHubServerException e) {
      if (e instanceof DataHubConflictException) {
        conflicts.incrementAndGet();
      }
      return error(e.status(), mcps.size() == 1 ? e.serverMessage()
          : "Validation failed for " + e.urn().orElse("?") + " " + e.aspectName().orElse("?") + ": "
              + e.serverMessage());
    }
    ingested.addAndGet(mcps.size());
    return json("{\"value\":\"success\"}");
  }

  /** The UPSERTs of an OpenAPI v3 body, {@code [{"urn": ..., "<aspect>": {"value": {...}, ...}}]}, headers dropped. */
  private static List<MetadataChangeProposal> openApiItems(JsonNode body) {
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    for (JsonNode item : body) {
      Urn urn = Urn.parse(item.get("urn").asText());
      item.fields().forEachRemaining(field -> {
        if (!field.getKey().equals("urn")) {
          mcps.add(MetadataChangeProposal.upsert(urn,
              RawAspect.of(field.getKey(), field.getValue().get("value").toString())));
        }
      });
    }
    return mcps;
  }

  private MockResponse aspect(Urn urn, String aspectName) {
    if (KeyAspects.isKeyAspect(urn.entityType(), aspectName)) {
      if (!store.exists(urn)) {
        return error(404, "Resource not found");
      }
      return json("{\"urn\":" + quote(urn) + ",\"version\":0,\"aspect\":{\"com.linkedin.metadata.key.Key\":{}}}");
    }
    VersionedAspect<Aspect> found = store.getEntity(urn).map(e -> e.aspects().get(aspectName)).orElse(null);
    if (found == null) {
      return error(404, "Resource not found");
    }
    ObjectNode body = WireJson.MAPPER.createObjectNode().put("urn", urn.toString()).put("version", 0);
    body.putObject("aspect").set(pegasusClass(found.aspect()), tree(found.aspect()));
    return json(body.toString());
  }

  private MockResponse entity(Urn urn, Set<String> only) {
    ObjectNode body = WireJson.MAPPER.createObjectNode().put("urn", urn.toString())
        .put("entityName", urn.entityType());
    ObjectNode aspects = body.putObject("aspects");
    String key = KeyAspects.keyAspectName(urn.entityType());
    aspects.putObject(key).put("name", key).put("type", "VERSIONED").put("version", 0).putObject("value");
    EntityAspects entity = store.getEntity(urn).orElse(null);
    if (entity != null) {
      for (Map.Entry<String, VersionedAspect<Aspect>> e : entity.aspects().entrySet()) {
        if (!only.isEmpty() && !only.contains(e.getKey())) {
          continue;
        }
        ObjectNode envelope = aspects.putObject(e.getKey()).put("name", e.getKey()).put("type", "VERSIONED")
            .put("version", 0);
        envelope.set("value", tree(e.getValue().aspect()));
        e.getValue().systemMetadata().ifPresent(sm -> envelope.set("systemMetadata", WireJson.MAPPER.valueToTree(sm)));
      }
    }
    return json(body.toString());
  }

  private MockResponse relationships(HttpUrl url) {
    Urn urn = Urn.parse(url.queryParameter("urn"));
    Set<String> types = listParameter(url.queryParameter("types"));
    RelationshipDirection direction = RelationshipDirection.valueOf(url.queryParameter("direction"));
    int start = intParameter(url, "start", 0);
    int count = intParameter(url, "count", 100);
    List<Relationship> all = store.relationships(urn, types, direction).collect(Collectors.toList());
    List<Relationship> page = all.subList(Math.min(start, all.size()), Math.min(start + count, all.size()));
    ObjectNode body = WireJson.MAPPER.createObjectNode().put("start", start).put("count", page.size())
        .put("total", all.size());
    ArrayNode edges = body.putArray("relationships");
    page.forEach(r -> edges.addObject().put("type", r.type()).put("entity", r.entity().toString()));
    return json(body.toString());
  }

  private MockResponse hardDelete(Urn urn) {
    EntityAspects entity = store.getEntity(urn).orElse(null);
    int rows = 0;
    if (entity != null) {
      for (String aspect : entity.aspects().keySet()) {
        store.emit(MetadataChangeProposal.delete(urn, aspect));
        rows++;
      }
    }
    return json("{\"value\":{\"rows\":" + rows + ",\"timeseriesRows\":0}}");
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      store.close();
    }
  }

  private static Urn urn(String encodedPath, String prefix) {
    return Urn.parse(URLDecoder.decode(encodedPath.substring(prefix.length()), StandardCharsets.UTF_8));
  }

  private static Set<String> listParameter(String value) {
    if (value == null || value.isEmpty()) {
      return Set.of();
    }
    String inner = value.startsWith("List(") && value.endsWith(")") ? value.substring(5, value.length() - 1) : value;
    return new LinkedHashSet<>(Arrays.asList(inner.split(",")));
  }

  private static int intParameter(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static String pegasusClass(Aspect aspect) {
    String pegasus = aspect.aspectType().pegasusClass();
    return pegasus.isEmpty() ? "com.linkedin.unknown." + aspect.aspectName() : pegasus;
  }

  /**
   * The aspect as GMS answers it, numbers as written (GMS keeps {@code 0.10} as sent), with the server-owned
   * {@code versionProperties.isLatest} that the SDK never writes.
   */
  private static JsonNode tree(Aspect aspect) {
    try {
      JsonNode tree = WireJson.MAPPER.readTree(AspectCodec.toJson(aspect));
      if (aspect instanceof VersionProperties) {
        ((VersionProperties) aspect).isLatest().ifPresent(latest -> ((ObjectNode) tree).put("isLatest", latest));
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String quote(Urn urn) {
    return WireJson.MAPPER.valueToTree(urn.toString()).toString();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setHeader("X-RestLi-Protocol-Version", "2.0.0").setBody(body);
  }

  /** An error as GMS's Rest.li answers it: its headers and its error body. */
  private static MockResponse error(int status, String message) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("X-RestLi-Protocol-Version", "2.0.0").setHeader("X-RestLi-Error-Response", "true")
        .setBody(MockServers.restliError(status, message));
  }
}
