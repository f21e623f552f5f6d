package io.mlmeta;

import io.mlmeta.config.ConnectionConfig;
import io.mlmeta.emit.Emitter;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.internal.HiddenConstructor;
import io.mlmeta.internal.backend.Backend;
import io.mlmeta.internal.backend.EmitterBackend;
import io.mlmeta.internal.backend.LocalBackend;
import io.mlmeta.internal.backend.RestBackend;
import io.mlmeta.lineage.LineageClient;
import io.mlmeta.local.LocalStore;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.search.SearchClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDK's entry point: a connection to DataHub GMS, or to the embedded local store, with an
 * {@linkplain #emitter() emitter} for proposals, a {@linkplain #reader() reader}, an
 * {@linkplain #entities() entity client}, a {@linkplain #lineage() lineage client} and a
 * {@linkplain #search() search client}. The same code runs against
 * either.
 *
 * <p>A client is thread-safe and meant to be shared: open one per DataHub (or store directory) and close it when
 * the application ends. The entities it returns are not thread-safe (see {@link io.mlmeta.entity.Entity}).
 * Over HTTP its emitter, reader and entity client share one OkHttp client, connection pool and retry thread.
 *
 * <pre>{@code
 * try (DataHubClient client = DataHubClient.fromEnv()) {   // DATAHUB_GMS_URL, DATAHUB_GMS_TOKEN
 *   MLModel model = client.entities().get(modelUrn, MLModel.class);
 *   client.entities().update(model.addDeployment(deploymentUrn));
 * }
 * }</pre>
 */
public final class DataHubClient implements AutoCloseable {
  /** Environment variable naming the GMS server, e.g. {@code http://localhost:8080}. */
  public static final String GMS_URL_ENV = "DATAHUB_GMS_URL";
  /** Environment variable holding the access token. */
  public static final String GMS_TOKEN_ENV = "DATAHUB_GMS_TOKEN";
  /** EntityClient's constructor is package-private: it takes the internal {@link Backend}. */
  private static final HiddenConstructor<EntityClient> ENTITY_CLIENT =
      HiddenConstructor.of(EntityClient.class, Backend.class, int.class, Duration.class);

  private final Backend backend;
  private final EntityClient entities;
  private final LineageClient lineage;
  private final SearchClient search;

  private DataHubClient(Backend backend) {
    this.backend = backend;
    this.entities = ENTITY_CLIENT.newInstance(backend, EntityClient.DEFAULT_MAX_ATTEMPTS,
        EntityClient.DEFAULT_MAX_BACKOFF);
    this.lineage = LineageClient.of(backend.reader());
    this.search = SearchClient.of(backend.searcher());
  }

  /** A client for the GMS server {@code config} names. */
  public static DataHubClient connect(ConnectionConfig config) {
    return new DataHubClient(new RestBackend(config));
  }

  /**
   * A client whose writes go through {@code writes}, such as sdk-kafka's {@code KafkaEmitter}, and whose reads (and
   * hard deletes) go to the GMS server {@code reads} names. Closing the client closes {@code writes}.
   *
   * <p>The entity client's writes then go through {@code writes} too, with {@code emitAll}: in order, but not whole
   * or nothing as on GMS's Rest.li (a failure is thrown once the others were sent). Over Kafka an acknowledgement
   * means the proposal is on the topic: GMS applies it when it consumes it, so a read right after may not see it,
   * and a refusal (a failed {@code If-Version-Match}, a validation error) is not in the acknowledgement: GMS writes
   * it to {@code FailedMetadataChangeProposal_v1}, which sdk-kafka's opt-in {@code KafkaEmitter.watchFailures}
   * reads to report the refusals of that emitter's proposals.
   *
   * <pre>{@code
   * KafkaEmitter kafka = KafkaEmitter.create(KafkaEmitterConfig.builder()
   *     .bootstrapServers("broker:9092").schemaRegistryUrl("http://gms:8080/schema-registry/api").build());
   * try (DataHubClient client = DataHubClient.connect(ConnectionConfig.fromEnv(), kafka)) {
   *   client.entities().upsert(model);               // to Kafka
   *   client.reader().getAspect(urn, Status.TYPE);   // from GMS
   * }
   * }</pre>
   */
  public static DataHubClient connect(ConnectionConfig reads, Emitter writes) {
    return new DataHubClient(new EmitterBackend(Objects.requireNonNull(reads, "reads"),
        Objects.requireNonNull(writes, "writes")));
  }

  /**
   * A client for the server in {@code DATAHUB_GMS_URL} (default {@code http://localhost:8080}) with the token in
   * {@code DATAHUB_GMS_TOKEN} (none if unset).
   */
  public static DataHubClient fromEnv() {
    return connect(ConnectionConfig.fromEnv());
  }

  /**
   * A client for the server in {@code DATAHUB_GMS_URL} when that is set, otherwise for the local store in
   * {@code localDir}; what the examples use.
   */
  public static DataHubClient fromEnvOrLocal(Path localDir) {
    return fromEnvOrLocal(Objects.requireNonNull(localDir, "localDir"), System.getenv());
  }

  static DataHubClient fromEnvOrLocal(Path localDir, Map<String, String> env) {
    String url = env.get(GMS_URL_ENV);
    if (url == null || url.isBlank()) {
      return local(localDir);
    }
    return connect(ConnectionConfig.fromEnv(env));
  }

  /** A client for the local store in {@code dir} (created if absent); no server needed. */
  public static DataHubClient local(Path dir) {
    return new DataHubClient(new LocalBackend(LocalStore.open(dir)));
  }

  /** The emitter, for proposals. */
  public Emitter emitter() {
    return backend.emitter();
  }

  /** The reader, for aspects, entities and relationships. */
  public MetadataReader reader() {
    return backend.reader();
  }

  /**
   * The entity client: get, create, upsert, update, delete whole entities. It tries a conflicting update
   * {@link EntityClient#DEFAULT_MAX_ATTEMPTS} times; {@link EntityClient#withUpdateRetries} makes one that tries
   * more or fewer.
   */
  public EntityClient entities() {
    return entities;
  }

  /**
   * The lineage client: walks upstream or downstream from a URN over the reader's relationships, with up to
   * {@link LineageClient#DEFAULT_CONCURRENCY} requests at once on GMS ({@link LineageClient#withConcurrency} makes
   * one with more or fewer).
   *
   * <pre>{@code
   * LineageResult runs = client.lineage().walk(modelUrn,
   *     LineageQuery.upstream().addReturnType("dataProcessInstance").build());
   * }</pre>
   */
  public LineageClient lineage() {
    return lineage;
  }

  /**
   * The search client: finds URNs of models, groups, deployments, runs and experiments by type and filters, with
   * GMS's OpenAPI v3 entity scroll or the local store's index.
   *
   * <pre>{@code
   * List<Urn> inService = client.search().search(SearchQuery.builder()
   *     .addEntityType("mlModelDeployment").deploymentStatus("IN_SERVICE").build()).toList();
   * }</pre>
   */
  public SearchClient search() {
    return search;
  }

  /** The local store, when this client uses one (to export it, say). */
  public Optional<LocalStore> localStore() {
    return backend instanceof LocalBackend ? Optional.of(((LocalBackend) backend).store()) : Optional.empty();
  }

  /** Where the client writes: the server URL, the local store's directory, or its emitter and the reads' server. */
  public String location() {
    return backend.location();
  }

  /** Flushes pending writes and releases connections, threads or the store's lock. */
  @Override
  public void close() {
    backend.close();
  }

  @Override
  public String toString() {
    return "DataHubClient{" + location() + "}";
  }
}
