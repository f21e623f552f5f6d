package io.mlmeta.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.error.DataHubException;
import io.mlmeta.error.DataHubServerException;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.http.Failures;
import io.mlmeta.internal.http.HttpCall;
import io.mlmeta.internal.http.HttpOutcome;
import io.mlmeta.internal.http.Transport;
import io.mlmeta.internal.json.AspectCodec;
import io.mlmeta.internal.json.KeyAspects;
import io.mlmeta.internal.json.WireJson;
import io.mlmeta.urn.Urn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A {@link MetadataReader} over GMS's Rest.li read endpoints: {@code GET /aspects/{urn}} for one aspect,
 * {@code GET /entitiesV2/{urn}?systemMetadata=true} for whole entities and aspect versions, the key aspect for
 * existence (never {@code /entities}, which answers 200 for any URN), and {@code GET /relationships} page by page.
 * Reads retry, authenticate and time out as the emitter does, with the same {@link ConnectionConfig}. GMS's 404 is
 * an empty result, never an exception; a 404 that does not come from GMS (no Rest.li headers, no DataHub error
 * body: the URL is another server's) is a {@link DataHubServerException} saying so. Thread-safe; close it to
 * release its connections and threads (see {@link #create}).
 *
 * <pre>{@code
 * try (RestReader reader = RestReader.create(ConnectionConfig.fromEnv())) {
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

  /**
   * A reader with {@code config} (server, token, timeouts, retries). Readers and emitters made from the same
   * {@code config} object share one OkHttp client, connection pool and retry thread while any of them is open (a
   * {@code DataHubClient}'s reader and emitter do); a config built separately, even with equal settings, gets its
   * own. Closing one of them ends only its own requests: the others go on working.
   */
  public static RestReader create(ConnectionConfig config) {
    return new RestReader(Transport.acquire(Objects.requireNonNull(config, "config")), PAGE_SIZE);
  }

  static RestReader create(ConnectionConfig config, int pageSize) {
    return new RestReader(Transport.acquire(config), pageSize);
  }

  /** The latest aspect of {@code type}: {@code GET /aspects/{urn}?aspect=<name>&version=0}. */
  @Override
  public <A extends Aspect> Optional<A> getAspect(Urn urn, AspectType<A> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    if (type.isTimeseries()) {
      return getVersionedAspect(urn, type).map(VersionedAspect::aspect);
    }
    return get(aspectPath(urn, type.name()), urn, type.name(), body -> ReadCodec.versionedAspect(type, body));
  }

  /**
   * The latest aspect of {@code type} with its system metadata, whose {@code version} conditional writes compare:
   * {@code GET /entitiesV2/{urn}?aspects=List(<name>)&systemMetadata=true}; for a timeseries aspect, its latest
   * event ({@code getTimeseriesAspectValues}, no version).
   */
  @Override
  public <A extends Aspect> Optional<VersionedAspect<A>> getVersionedAspect(Urn urn, AspectType<A> type) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(type, "type");
    if (type.isTimeseries()) {
      return latestEvent(urn, type);
    }
    String path = "/entitiesV2/" + urn.urlEncoded() + "?aspects=List(" + type.name() + ")&systemMetadata=true";
    return get(path, urn, type.name(), body -> ReadCodec.entity(urn, body).orElse(null))
        .flatMap(entity -> entity.versioned(type));
  }

  /** Every aspect of {@code urn}: {@code GET /entitiesV2/{urn}?systemMetadata=true}. */
  @Override
  public Optional<EntityAspects> getEntity(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    return get("/entitiesV2/" + urn.urlEncoded() + "?systemMetadata=true", urn, null,
        body -> ReadCodec.entity(urn, body).orElse(null));
  }

  /** Whether {@code urn} has its key aspect. */
  @Override
  public boolean exists(Urn urn) {
    Objects.requireNonNull(urn, "urn");
    String keyAspect = KeyAspects.keyAspectName(urn.entityType());
    return get(aspectPath(urn, keyAspect), urn, keyAspect, body -> body).isPresent();
  }

  /** The edges at {@code urn}; pages of 100 are fetched as the stream is consumed. */
  @Override
  public Stream<Relationship> relationships(Urn urn, Set<String> types, RelationshipDirection direction) {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(types, "types");
    Objects.requireNonNull(direction, "direction");
    Checks.checkRelationshipTypes(types);
    String base = "/relationships?urn=" + urn.urlEncoded() + "&types=List(" + String.join(",", types)
        + ")&direction=" + direction.name();
    return RelationshipPages.stream(pageSize, (start, count) -> {
      String path = base + "&start=" + start + "&count=" + count;
      ReadCodec.RelationshipPage page = get(path, urn, null, ReadCodec::relationships).orElse(null);
      if (page != null && page.start() != start && !page.relationships().isEmpty()) {
        throw new DataHubServerException(200, "asked for relationships from " + start + " but the server answered "
            + "the page from " + page.start() + "; stopping rather than reading the same edges again", "GET", path,
            urn.toString(), null, 1);
      }
      return page;
    });
  }

  /**
   * Ends this reader's requests under way and releases its share of the connection: the last reader or emitter of
   * the config to close stops the threads and (if the SDK made the OkHttp client) closes the connections.
   * Idempotent.
   */
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
    HttpOutcome outcome = transport.sender().sendAndWait(call);
    if (!outcome.isSuccess()) {
      if (isAbsent(outcome)) {
        return Optional.empty();
      }
      throw Failures.toException(outcome, call);
    }
    return Optional.ofNullable(decode(outcome, call, body -> {
      JsonNode values = body.path("value").path("values");
      if (values.size() == 0) {
        return null;
      }
      String json = values.get(0).path("aspect").path("value").asText();
      return VersionedAspect.of(AspectCodec.fromJson(type, json), null);
    }));
  }

  private static String aspectPath(Urn urn, String aspectName) {
    return "/aspects/" + urn.urlEncoded() + "?aspect=" + aspectName + "&version=0";
  }

  /** GETs {@code path}: the body read by {@code decoder} (null: empty), or empty on 404. */
  private <T> Optional<T> get(String path, Urn urn, String aspectName, Function<JsonNode, T> decoder) {
    HttpCall call = new HttpCall("GET", path, null, urn.toString(), aspectName);
    HttpOutcome outcome = transport.sender().sendAndWait(call);
    if (isAbsent(outcome)) {
      return Optional.empty();
    }
    if (!outcome.isSuccess()) {
      throw Failures.toException(outcome, call);
    }
    return Optional.ofNullable(decode(outcome, call, decoder));
  }

  /**
   * Whether {@code outcome} is GMS saying "not found": a 404 with GMS's Rest.li headers or error body. Another
   * server's 404 (a URL that is not GMS's) is an error, never an absent entity.
   */
  private static boolean isAbsent(HttpOutcome outcome) {
    return outcome.kind() == HttpOutcome.Kind.ANSWERED && outcome.status() == 404 && !outcome.isForeignRefusal();
  }

  /**
   * Reads a 2xx answer with {@code decoder}. An answer that is not a JSON object, or not of the shape GMS gives,
   * is a {@link DataHubServerException} with the answer's status, never a programmer's exception nor a silent
   * "absent".
   */
  private static <T> T decode(HttpOutcome outcome, HttpCall call, Function<JsonNode, T> decoder) {
    String body = outcome.body();
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(body);
    } catch (IOException e) {
      throw unexpected(outcome, call, "the answer is not JSON (is the server URL GMS's, not the DataHub frontend?)");
    }
    if (json == null || !json.isObject()) {
      throw unexpected(outcome, call, "the answer is not a JSON object");
    }
    try {
      return decoder.apply(json);
    } catch (DataHubException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unexpected(outcome, call, "the answer does not have the shape GMS gives (" + e.getMessage() + ")");
    }
  }

  private static DataHubServerException unexpected(HttpOutcome outcome, HttpCall call, String what) {
    String body = outcome.body() == null ? "" : outcome.body();
    return new DataHubServerException(outcome.status(), what + ": "
        + (body.length() > 200 ? body.substring(0, 200) + "…" : body), call.method(), call.path(), call.urn(),
        call.aspectName(), outcome.attempts());
  }
}
