package io.mlmeta.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.apache.avro.Schema;

/**
 * The part of Confluent's schema-registry REST API the emitter needs: {@code POST /subjects/{subject}/versions}
 * with {@code {"schema": "<avsc>"}}, answered {@code {"id": n}}, which registers the schema or, when the subject
 * already has it, returns its id. GMS's built-in registry ({@code <gms>/schema-registry/api/}, upstream
 * {@code metadata-service/schema-registry-servlet}, SchemaRegistryController.register) answers the same call with
 * the id of its own schema for the topic ({@code subject} less {@code -value}), and 404 for a topic it does not
 * know; it does not implement the look-up call {@code POST /subjects/{subject}}, so this client never uses it.
 * The id is cached after the first success; failures are not.
 *
 * <p>The failure watcher also reads schemas by id, {@code GET /schemas/ids/{id}}, answered
 * {@code {"schema": "<avsc>"}} (Confluent's API), to decode records another writer wrote; cached per id.
 */
public final class SchemaRegistryClient {
  private static final MediaType REGISTRY_JSON = MediaType.get("application/vnd.schemaregistry.v1+json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_MESSAGE = 500;

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String shownUrl;
  private final String authorization;
  private volatile Integer cachedId;
  private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();

  /** A client of the registry at {@code baseUrl}; {@code authorization} is a header value or null. */
  public SchemaRegistryClient(OkHttpClient http, String baseUrl, String username, String password) {
    this.http = http;
    this.base = HttpUrl.get(baseUrl);
    this.shownUrl = RegistryUrls.redacted(baseUrl);
    this.authorization = username == null ? null : Credentials.basic(username, password);
  }

  /** An OkHttpClient for a registry, when the caller gave none. */
  public static OkHttpClient ownClient() {
    return new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
        .callTimeout(60, TimeUnit.SECONDS).build();
  }

  /** The registry URL as shown in messages. */
  public String shownUrl() {
    return shownUrl;
  }

  /** The schema id of {@code schema} under {@code subject}, registering it if needed; cached. */
  public int schemaId(String subject, Schema schema) {
    Integer id = cachedId;
    if (id != null) {
      return id;
    }
    synchronized (this) {
      if (cachedId == null) {
        cachedId = register(subject, schema);
      }
      return cachedId;
    }
  }

  /** The schema the registry holds under {@code id} ({@code GET /schemas/ids/{id}}); cached, failures are not. */
  public Schema schemaById(int id) {
    Schema cached = byId.get(id);
    if (cached != null) {
      return cached;
    }
    Schema fetched = fetch(id);
    byId.putIfAbsent(id, fetched);
    return fetched;
  }

  private Schema fetch(int id) {
    String what = "schema id " + id;
    HttpUrl url = base.newBuilder().addPathSegment("schemas").addPathSegment("ids")
        .addPathSegment(Integer.toString(id)).build();
    Answer answer = call(new Request.Builder().url(url).get(), what);
    JsonNode json = parse(answer.text);
    JsonNode schema = json == null ? null : json.get("schema");
    if (schema == null || !schema.isTextual()) {
      throw failure(what, answer.status, "the answer has no schema: " + shorten(answer.text), null);
    }
    try {
      return new Schema.Parser().parse(schema.asText());
    } catch (RuntimeException e) {
      throw failure(what, answer.status, "the registry's schema is not Avro: " + e.getMessage(), e);
    }
  }

  private int register(String subject, Schema schema) {
    HttpUrl url = base.newBuilder().addPathSegment("subjects").addPathSegment(subject).addPathSegment("versions")
        .build();
    String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
    Answer answer = call(new Request.Builder().url(url).post(RequestBody.create(body, REGISTRY_JSON)), subject);
    JsonNode json = parse(answer.text);
    JsonNode id = json == null ? null : json.get("id");
    if (id == null || !id.canConvertToInt()) {
      throw failure(subject, answer.status, "the answer has no schema id, so this is not a schema registry "
          + "(its base URL is the one before /subjects, e.g. http://host:8081 or <gms>/schema-registry/api): "
          + shorten(answer.text), null);
    }
    return id.intValue();
  }

  /**
   * The registry's successful answer to {@code request}, sent with the registry's Accept header and the credentials;
   * a refusal or an unreachable registry fails naming {@code what}.
   */
  private Answer call(Request.Builder request, String what) {
    request.header("Accept", "application/vnd.schemaregistry.v1+json, application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (!response.isSuccessful()) {
        throw failure(what, response.code(), refusal(response.code(), text), null);
      }
      return new Answer(response.code(), text);
    } catch (IOException e) {
      throw failure(what, 0, "cannot reach the registry: " + e, e);
    }
  }

  /** A successful answer: its status and body. */
  private static final class Answer {
    final int status;
    final String text;

    Answer(int status, String text) {
      this.status = status;
      this.text = text;
    }
  }

  private static String refusal(int status, String text) {
    JsonNode json = parse(text);
    String said = json != null && json.hasNonNull("message") ? json.get("message").asText() : shorten(text);
    String advice = status == 401 || status == 403 ? "the registry refused the credentials (set them with "
        + "registryBasicAuth or through registryHttpClient)" : status == 404 ? "the registry does not know the "
        + "subject (GMS's built-in registry only knows DataHub's own topics)" : "the registry failed";
    return said.isEmpty() ? advice : advice + ". The registry said: " + said;
  }

  private RegistryFailure failure(String subject, int status, String detail, Throwable cause) {
    return new RegistryFailure(shownUrl, subject, status, detail, cause);
  }

  private static JsonNode parse(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String shorten(String text) {
    String t = text.trim();
    return t.length() <= MAX_MESSAGE ? t : t.substring(0, MAX_MESSAGE) + "...";
  }
}
