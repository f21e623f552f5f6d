package io.mlmeta.kafka;

import io.mlmeta.config.Backpressure;
import io.mlmeta.emit.EmitResult;
import io.mlmeta.emit.Emitter;
import io.mlmeta.error.DataHubException;
import io.mlmeta.internal.http.Stamp;
import io.mlmeta.kafka.internal.BufferGauge;
import io.mlmeta.kafka.internal.ProposalAvro;
import io.mlmeta.kafka.internal.RegistryFailure;
import io.mlmeta.kafka.internal.SchemaRegistryClient;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mcp.SystemMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An {@link Emitter} that writes proposals to DataHub's Kafka topic ({@code MetadataChangeProposal_v1} unless
 * configured), where GMS's consumer picks them up: key the entity URN, value DataHub's Avro
 * {@code MetadataChangeProposal} (with system metadata and headers) in the Confluent framing, its schema id from the
 * schema registry (Confluent's, or GMS's built-in one). System metadata is filled in as the REST emitter does
 * ({@code lastObserved}, {@code clientId}, {@code clientVersion}).
 *
 * <p>The producer is idempotent with {@code acks=all}. Every proposal's result completes: acknowledged once the
 * brokers have it, or failed with a {@link KafkaDeliveryException} saying why ({@link KafkaFailureReason}) and naming
 * the URN and aspect, or with a {@link SchemaRegistryException}. An acknowledgement means "on the topic", not
 * "accepted by GMS": GMS may still refuse the proposal later (it then writes it to
 * {@code FailedMetadataChangeProposal_v1}, which the opt-in {@link #watchFailures watcher} reads).
 * {@link #flush()} and {@link #close()} are bounded by {@link KafkaEmitterConfig#deadline()}; what close could
 * not deliver by then fails with {@link KafkaFailureReason#CLOSED}.
 *
 * <pre>{@code
 * KafkaEmitterConfig config = KafkaEmitterConfig.builder()
 *     .bootstrapServers("broker:9092")
 *     .schemaRegistryUrl("http://datahub-gms:8080/schema-registry/api")
 *     .build();
 * try (KafkaEmitter emitter = KafkaEmitter.create(config)) {
 *   emitter.emit(MetadataChangeProposal.upsert(modelUrn, Status.of(false)));
 * }
 * }</pre>
 */
public final class KafkaEmitter implements Emitter {
  /** Kafka's default batch.size: a new batch takes this much of the buffer at once. */
  private static final int BATCH_BYTES = 16_384;

  private final KafkaEmitterConfig config;
  private final Producer<String, byte[]> producer;
  private final SchemaRegistryClient registry;
  private final OkHttpClient ownHttp;
  private final BufferGauge buffer;
  private final Map<CompletableFuture<EmitResult>, MetadataChangeProposal> pending = new ConcurrentHashMap<>();
  private volatile boolean closed;
  private volatile KafkaFailureWatcher watcher;

  private KafkaEmitter(KafkaEmitterConfig config) {
    this.config = config;
    this.ownHttp = config.registryHttpClient().isPresent() ? null : SchemaRegistryClient.ownClient();
    this.registry = new SchemaRegistryClient(config.registryHttpClient().orElse(ownHttp),
        config.schemaRegistryUrl(), config.registryUsername().orElse(null), config.registryPassword().orElse(null));
    this.producer = new KafkaProducer<>(ProducerSettings.of(config));
    this.buffer = new BufferGauge(producer);
  }

  /**
   * An emitter with {@code config}'s settings. It connects lazily: neither the brokers nor the registry are
   * contacted before the first proposal.
   */
  public static KafkaEmitter create(KafkaEmitterConfig config) {
    return new KafkaEmitter(Objects.requireNonNull(config, "config"));
  }

  /** The settings of this emitter. */
  public KafkaEmitterConfig config() {
    return config;
  }

  /**
   * Starts the opt-in {@link KafkaFailureWatcher}: from now on every proposal carries a message id in its system
   * metadata ({@value KafkaFailureWatcher#MESSAGE_ID_PROPERTY}), and each one GMS refuses and writes to its failure
   * topic is reported to {@code listener}, on the watcher's thread. The watcher closes with this emitter. It uses
   * this emitter's brokers and schema registry (to read the failure records' writer schemas by id).
   *
   * <pre>{@code
   * KafkaFailureWatcher watcher = emitter.watchFailures(FailureWatcherConfig.defaults(),
   *     rejection -> System.err.println(rejection.urn() + ": " + rejection.error()));
   * }</pre>
   *
   * @throws IllegalStateException if this emitter is closed or already has a watcher that is not closed
   */
  public synchronized KafkaFailureWatcher watchFailures(FailureWatcherConfig watchConfig,
      Consumer<GmsRejection> listener) {
    Objects.requireNonNull(watchConfig, "watchConfig");
    Objects.requireNonNull(listener, "listener");
    if (closed) {
      throw new IllegalStateException("the Kafka emitter is closed");
    }
    if (watcher != null && !watcher.isClosed()) {
      throw new IllegalStateException("this emitter already has a failure watcher: " + watcher);
    }
    watcher = new KafkaFailureWatcher(config, watchConfig, registry, listener);
    return watcher;
  }

  /**
   * Sends one proposal and waits until the brokers acknowledge it (at most {@link
   * KafkaEmitterConfig#deliveryTimeout()} after it was handed over).
   *
   * @throws KafkaDeliveryException if Kafka did not acknowledge it
   * @throws SchemaRegistryException if the schema id could not be had
   */
  @Override
  public EmitResult emit(MetadataChangeProposal proposal) {
    CompletableFuture<EmitResult> result = send(Objects.requireNonNull(proposal, "proposal"), Backpressure.BLOCK);
    try {
      return result.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof DataHubException ? (DataHubException) e.getCause() : e;
    }
  }

  /**
   * Hands one proposal to the producer and returns at once, unless the producer's buffer is full: then, with
   * {@link Backpressure#BLOCK}, it waits up to {@link KafkaEmitterConfig#maxBlock()} (the future then fails with
   * {@link KafkaFailureReason#TIMEOUT}); with {@link Backpressure#REJECT} it throws.
   *
   * @throws RejectedExecutionException with {@link Backpressure#REJECT}, when the buffer is full
   */
  @Override
  public CompletableFuture<EmitResult> emitAsync(MetadataChangeProposal proposal) {
    return send(Objects.requireNonNull(proposal, "proposal"), config.backpressure());
  }

  /** Sends every proposal, waiting for room in the buffer when it is full, then for every acknowledgement. */
  @Override
  public List<EmitResult> emitAll(Collection<MetadataChangeProposal> proposals) {
    List<MetadataChangeProposal> list = new ArrayList<>(Objects.requireNonNull(proposals, "proposals"));
    list.forEach(p -> Objects.requireNonNull(p, "proposals contains null"));
    List<CompletableFuture<EmitResult>> futures = new ArrayList<>(list.size());
    for (MetadataChangeProposal p : list) {
      futures.add(send(p, Backpressure.BLOCK));
    }
    List<EmitResult> results = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      MetadataChangeProposal p = list.get(i);
      results.add(futures.get(i).handle((ok, error) -> ok != null ? ok : EmitResult.failed(p, 1, asDataHub(p,
          error))).join());
    }
    return results;
  }

  /**
   * Waits until every proposal handed over so far is acknowledged or failed, at most {@link
   * KafkaEmitterConfig#deadline()}.
   *
   * @throws DataHubException if some are still unacknowledged at the deadline (they stay pending, not failed)
   */
  @Override
  public void flush() {
    List<CompletableFuture<EmitResult>> snapshot = new ArrayList<>(pending.keySet());
    if (snapshot.isEmpty()) {
      return;
    }
    // The producer's flush makes lingering batches ready at once, then waits as long as delivery takes: it runs on
    // a thread of its own so that this one waits no longer than the deadline.
    Thread flusher = new Thread(this::flushProducer, "mlmeta-kafka-flush");
    flusher.setDaemon(true);
    flusher.start();
    try {
      CompletableFuture.allOf(snapshot.toArray(new CompletableFuture<?>[0]))
          .get(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      // Every proposal is settled; the failed ones are reported through their own futures: flush only waits.
      return;
    } catch (TimeoutException e) {
      long left = snapshot.stream().filter(f -> !f.isDone()).count();
      throw new DataHubException("flush: " + left + " of " + snapshot.size() + " proposals still unacknowledged "
          + "by Kafka after the deadline of " + config.deadline() + " (topic " + config.topic() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataHubException("flush interrupted", e);
    }
  }

  /**
   * Waits up to {@link KafkaEmitterConfig#deadline()} for the proposals under way, then closes the producer: those
   * still unacknowledged fail with {@link KafkaFailureReason#CLOSED}. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      KafkaFailureWatcher w = watcher;
      if (w != null) {
        w.close();
      }
      producer.close(config.deadline());
    } finally {
      // The producer has settled every record it took; this only covers one it never called back for.
      for (Map.Entry<CompletableFuture<EmitResult>, MetadataChangeProposal> e : pending.entrySet()) {
        e.getKey().completeExceptionally(DeliveryFailures.of(e.getValue(), config.topic(),
            KafkaFailureReason.CLOSED, "the emitter closed before Kafka acknowledged it", null));
      }
      if (ownHttp != null) {
        ownHttp.dispatcher().executorService().shutdown();
        ownHttp.connectionPool().evictAll();
      }
    }
  }

  @Override
  public String toString() {
    return "KafkaEmitter[" + config.bootstrapServers() + ", topic " + config.topic() + "]";
  }

  private void flushProducer() {
    try {
      producer.flush();
    } catch (RuntimeException e) {
      // Closed meanwhile, or interrupted: the proposals are settled through their own futures.
    }
  }

  private CompletableFuture<EmitResult> send(MetadataChangeProposal p, Backpressure backpressure) {
    if (closed) {
      throw new IllegalStateException("the Kafka emitter is closed");
    }
    CompletableFuture<EmitResult> result = new CompletableFuture<>();
    byte[] value;
    try {
      int schemaId = registry.schemaId(config.subject(), ProposalAvro.SCHEMA);
      value = ProposalAvro.encode(withMessageId(Stamp.stamp(p, System.currentTimeMillis())), schemaId);
    } catch (RegistryFailure e) {
      result.completeExceptionally(new SchemaRegistryException(e.registryUrl(), e.subject(), e.status(),
          e.getMessage(), e.getCause()));
      return result;
    } catch (RuntimeException e) {
      result.completeExceptionally(DeliveryFailures.of(p, config.topic(), KafkaFailureReason.SERIALIZATION,
          "cannot encode it as DataHub's Avro MetadataChangeProposal: " + e, e));
      return result;
    }
    if (backpressure == Backpressure.REJECT && !buffer.fits(Math.max(value.length, BATCH_BYTES))) {
      throw new RejectedExecutionException("the Kafka producer's buffer (buffer.memory) is full; proposal for "
          + p.entityUrn() + ", aspect " + p.aspectName() + " not taken");
    }
    pending.put(result, p);
    try {
      producer.send(new ProducerRecord<>(config.topic(), p.entityUrn().toString(), value),
          (metadata, error) -> settle(result, p, error));
    } catch (RuntimeException e) {
      settle(result, p, e);
    }
    return result;
  }

  /** With a watcher running, {@code p} with a new message id in its system metadata, remembered by the watcher. */
  private MetadataChangeProposal withMessageId(MetadataChangeProposal p) {
    KafkaFailureWatcher w = watcher;
    if (w == null || w.isClosed()) {
      return p;
    }
    String id = w.remember(p.entityUrn().toString(), p.aspectName());
    SystemMetadata sm = p.systemMetadata().orElseGet(() -> SystemMetadata.builder().build());
    return p.withSystemMetadata(sm.toBuilder().putProperty(KafkaFailureWatcher.MESSAGE_ID_PROPERTY, id).build());
  }

  private void settle(CompletableFuture<EmitResult> result, MetadataChangeProposal p, Exception error) {
    pending.remove(result);
    if (error == null) {
      result.complete(EmitResult.acknowledged(p, 1));
    } else {
      result.completeExceptionally(DeliveryFailures.of(p, config.topic(), error, closed));
    }
  }

  private DataHubException asDataHub(MetadataChangeProposal p, Throwable error) {
    Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return e instanceof DataHubException ? (DataHubException) e
        : DeliveryFailures.of(p, config.topic(), e, closed);
  }
}
