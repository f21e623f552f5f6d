package io.mlmeta.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.DataHubException;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.emit.RestEmitterConfig;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpOutcome;
import io.mlmeta.internal.http.Transport;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.KeyAspects;
import io.mlmeta.internal.json.ReadCodec;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.internal.read.RelationshipPages;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * A {@link MetadataReader} over GMS's Rest.li read endpoints: {@code GET /aspects/{urn}} for one aspect,
 * {@code GET /entitiesV2/{urn}?systemMetadata=true} for whole entities and aspect versions, the key aspect for
 * existence (never {@code /entities}, which answers 200 for any URN), and {@code GET /relationships} page by page.
 * Reads retry, authenticate and time out as the emitter does, with the same {@link RestEmitterConfig}. A 404 is an
 * empty result, never an exception. Thread-safe; close it to release its threads.
 *
 * <pre>{@code
 * try (RestReader reader = RestReader.create(RestEmitterConfig.fromEnv().build())) {
 *   Optional<Ownership> owners = reader.getAspect(deploymentUrn, Ownership.TYPE);
 * }
 * }</pre>
 */
public final class RestReader implements MetadataReader, AutoCloseable {
  /** Relationships asked for per page. */
  static final int PAGE_SIZE = 100;

  private final Transport transport;
  private final int pageSize;

  private RestReader(Transport transport, int pageSize) {
    this.transport = transport;
    this.pageSize = pageSize;
  }

  /** A reader with {@code config} (server, token, timeouts, retries). */
  public static RestReader create(RestEmitterConfig config) {
    return new RestReader(Transport.create(config), PAGE_SIZE);
  }

  static RestReader create(RestEmitterConfig config, int pageSize) {
    return new RestReader(Transport.create(config), pageSize);
  }

  /** The latest aspect of {@code type}: {@code GET /aspects/{urn}?aspect=<name>&version=0}. */
  @Override
  public <A extends Aspect> Optional<A> getAspect(Urn urn, AspectType<A> type) {
    if (type.isTimeseries()) {
      return getVersionedAspect(urn, type).map(VersionedAspect::aspect);
    }
    return get(aspectPath(urn, type.name()), urn, type.name())
        .map(body -> ReadCodec.versionedAspect(type, body));
  }

  /**
   * The latest aspect of {@code type} with its system metadata, whose {@code version} conditional writes compare:
   * {@code GET /entitiesV2/{urn}?aspects=List(<name>)&systemMetadata=true}; for a timeseries aspect, its latest
   * event ({@code getTimeseriesAspectValues}, no version).
   */
  @Override
  public <A extends Aspect> Optional<VersionedAspect<A>> getVersionedAspect(Urn urn, AspectType<A> type) {
    if (type.isTimeseries()) {
      return latestEvent(urn, type);
    }
    String path = "/entitiesV2/" + urn.urlEncoded() + "?aspects=List(" + type.name() + ")&systemMetadata=true";
    return get(path, urn, type.name())
        .flatMap(body -> ReadCodec.entity(urn, body))
        .flatMap(entity -> entity.versioned(type));
  }

  /** Every aspect of {@code urn}: {@code GET /entitiesV2/{urn}?systemMetadata=true}. */
  @Override
  public Optional<EntityAspects> getEntity(Urn urn) {
    return get("/entitiesV2/" + urn.urlEncoded() + "?systemMetadata=true", urn, null)
        .flatMap(body -> ReadCodec.entity(urn, body));
  }

  /** Whether {@code urn} has its key aspect. */
  @Override
  public boolean exists(Urn urn) {
    String keyAspect = KeyAspects.keyAspectName(urn.entityType());
    return get(aspectPath(urn, keyAspect), urn, keyAspect).isPresent();
  }

  /** The edges at {@code urn}; pages of 100 are fetched as the stream is consumed. */
  @Override
  public Stream<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("relationships() needs at least one relationship type, e.g. DeployedTo");
    }
    String base = "/relationships?urn=" + urn.urlEncoded() + "&types=List(" + String.join(",", types)
        + ")&direction=" + direction.name();
    return RelationshipPages.stream(pageSize, (start, count) ->
        get(base + "&start=" + start + "&count=" + count, urn, null)
            .map(ReadCodec::relationships)
            .orElse(null));
  }

  /** Deletes {@code urn} and all its aspects for good: {@code POST /entities?action=delete}. */
  public void hardDelete(Urn urn) {
    byte[] body = ("{\"urn\":" + AspectCodec.valueToJson(urn.toString()) + "}").getBytes(StandardCharsets.UTF_8);
    HttpCall call = new HttpCall("POST", "/entities?action=delete", body, urn.toString(), null);
    HttpOutcome outcome = send(call);
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
  }

  /** Ends requests under way and releases the reader's threads and connections. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "RestReader{server=" + transport.config().server() + "}";
  }

  private <A extends Aspect> Optional<VersionedAspect<A>> latestEvent(Urn urn, AspectType<A> type) {
    String request = "{\"urn\":" + AspectCodec.valueToJson(urn.toString()) + ",\"entity\":\""
        + urn.entityType() + "\",\"aspect\":\"" + type.name() + "\",\"limit\":1}";
    HttpCall call = new HttpCall("POST", "/aspects?action=getTimeseriesAspectValues",
        request.getBytes(StandardCharsets.UTF_8), urn.toString(), type.name());
    HttpOutcome outcome = send(call);
    if (!outcome.isSuccess()) {
      if (outcome.kind() == HttpOutcome.Kind.ANSWERED && outcome.status() == 404) {
        return Optional.empty();
      }
      throw Failures.toException(outcome, call);
    }
    JsonNode values = parse(outcome.body(), call).path("value").path("values");
    if (values.size() == 0) {
      return Optional.empty();
    }
    String json = values.get(0).path("aspect").path("value").asText();
    return Optional.of(VersionedAspect.of(AspectCodec.fromJson(type, json), null));
  }

  private static String aspectPath(Urn urn, String aspectName) {
    return "/aspects/" + urn.urlEncoded() + "?aspect=" + aspectName + "&version=0";
  }

  /** GETs {@code path}: the parsed body, or empty on 404. */
  private Optional<JsonNode> get(String path, Urn urn, String aspectName) {
    HttpCall call = new HttpCall("GET", path, null, urn.toString(), aspectName);
    HttpOutcome outcome = send(call);
    if (outcome.kind() == HttpOutcome.Kind.ANSWERED && outcome.status() == 404) {
      return Optional.empty();
    }
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
    return Optional.of(parse(outcome.body(), call));
  }

  private HttpOutcome send(HttpCall call) {
    try {
      return transport.sender().send(call).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("interrupted while waiting for " + call.method() + " " + call.path(), e);
    } catch (ExecutionException e) {
      throw new DataHubException(call.method() + " " + call.path() + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static JsonNode parse(String body, HttpCall call) {
    try {
      return WireJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new DataHubException(call.method() + " " + call.path() + " answered 2xx with a body that is not JSON: "
          + (body.length() > 200 ? body.substring(0, 200) + "…" : body), e);
    }
  }
}
