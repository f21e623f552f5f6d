package io.mlmeta.kafka;

import io.mlmeta.kafka.internal.FailedProposalAvro;
import io.mlmeta.kafka.internal.ProposalAvro;
import io.mlmeta.kafka.internal.SchemaRegistryClient;
import io.mlmeta.kafka.internal.SentProposals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The opt-in failure watcher of a {@link KafkaEmitter}: a background consumer of DataHub's failure topic
 * ({@code FailedMetadataChangeProposal_v1}) that reports, to a listener, each proposal this emitter sent that GMS
 * then refused. A Kafka acknowledgement only means "queued"; this is how a refusal comes back.
 *
 * <p>While it runs, the emitter puts a message id of its own (a random UUID) into every proposal's system metadata,
 * under {@value #MESSAGE_ID_PROPERTY}, and remembers it (bounded by {@link FailureWatcherConfig#maxRemembered()}
 * and {@link FailureWatcherConfig#rememberFor()}). GMS copies the proposal, system metadata included, into the
 * failure record it writes; the watcher matches that id (and the URN) and calls the listener with a
 * {@link GmsRejection}, on the watcher's thread.
 *
 * <p>What it cannot match: proposals sent before it started or after they were forgotten; failures GMS does not
 * write to that topic (a proposal GMS cannot deserialize, failures GMS only logs, validation that happens elsewhere,
 * a GMS configured with another failure topic name); failure records written before it started (it reads from the
 * end of the topic, from the start of a topic that did not exist yet) or deleted by retention before it read them.
 * Records of other writers (no or unknown message id) are counted in {@link #unmatched()}, never reported as ours;
 * records it cannot decode are counted in {@link #undecodable()} with {@link #lastProblem()}. It reads without a
 * consumer group, so nothing is committed and several emitters may each watch.
 *
 * <pre>{@code
 * try (KafkaEmitter emitter = KafkaEmitter.create(config)) {
 *   emitter.watchFailures(FailureWatcherConfig.defaults(),
 *       r -> log.warn("GMS refused {} {}: {}", r.urn(), r.aspectName().orElse(""), r.error()));
 *   emitter.emit(proposal);
 * }
 * }</pre>
 */
public final class KafkaFailureWatcher implements AutoCloseable {
  /** The system-metadata property holding the emitter's message id, {@value}. */
  public static final String MESSAGE_ID_PROPERTY = "mlmeta.messageId";

  private static final Duration POLL = Duration.ofMillis(200);
  private static final long RETRY_TOPIC_MILLIS = 1_000;

  private final FailureWatcherConfig config;
  private final Duration deadline;
  private final Consumer<GmsRejection> listener;
  private final SchemaRegistryClient registry;
  private final SentProposals sent;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private final AtomicLong matched = new AtomicLong();
  private final AtomicLong unmatched = new AtomicLong();
  private final AtomicLong undecodable = new AtomicLong();
  private final AtomicLong listenerFailures = new AtomicLong();
  private volatile String lastProblem;
  private volatile boolean closed;
  private final CountDownLatch closing = new CountDownLatch(1);

  KafkaFailureWatcher(KafkaEmitterConfig emitter, FailureWatcherConfig config, SchemaRegistryClient registry,
      Consumer<GmsRejection> listener) {
    this.config = config;
    this.deadline = emitter.deadline();
    this.listener = listener;
    this.registry = registry;
    this.sent = new SentProposals(config.maxRemembered(), config.rememberFor().toMillis());
    this.consumer = new KafkaConsumer<>(properties(emitter, config));
    // Positions are resolved here, before any proposal is sent, so that no failure record written from now on is
    // skipped; a topic that does not exist yet is looked for again by the thread.
    List<TopicPartition> partitions = partitions();
    if (!partitions.isEmpty()) {
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      try {
        partitions.forEach(p -> consumer.position(p, deadline));
      } catch (KafkaException e) {
        // Proposals sent from now on have fresh ids, so reading the topic from the start later loses nothing.
        lastProblem = "cannot find the end of " + config.topic() + ": " + e;
        consumer.assign(List.of());
      }
    }
    this.thread = new Thread(this::run, "mlmeta-kafka-failure-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** The settings of this watcher. */
  public FailureWatcherConfig config() {
    return config;
  }

  /** How many failure records were matched to a proposal of this emitter and reported. */
  public long matched() {
    return matched.get();
  }

  /** How many failure records were not ours: no message id, an unknown or forgotten one, or another URN. */
  public long unmatched() {
    return unmatched.get();
  }

  /** How many failure records could not be decoded (see {@link #lastProblem()}). */
  public long undecodable() {
    return undecodable.get();
  }

  /** How many times the listener threw (the watcher goes on). */
  public long listenerFailures() {
    return listenerFailures.get();
  }

  /** How many sent proposals are remembered for matching now. */
  public int remembered() {
    return sent.size();
  }

  /** The last problem met: a record that could not be decoded, the topic not readable, a listener failure. */
  public Optional<String> lastProblem() {
    return Optional.ofNullable(lastProblem);
  }

  /** Whether the background consumer still runs. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /**
   * Stops the background consumer, waiting at most the emitter's {@link KafkaEmitterConfig#deadline()}; the
   * emitter stops stamping message ids. Idempotent; the emitter's {@code close()} calls it.
   */
  @Override
  public void close() {
    closed = true;
    closing.countDown();
    consumer.wakeup();
    try {
      thread.join(deadline.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "KafkaFailureWatcher[topic " + config.topic() + ", matched " + matched + ", unmatched " + unmatched
        + ", undecodable " + undecodable + (closed ? ", closed" : "") + "]";
  }

  /** A new message id for a proposal to {@code urn}, remembered for matching. */
  String remember(String urn, String aspectName) {
    String id = UUID.randomUUID().toString();
    sent.remember(id, urn, aspectName, System.currentTimeMillis());
    return id;
  }

  boolean isClosed() {
    return closed;
  }

  private void run() {
    try {
      while (!closed) {
        if (consumer.assignment().isEmpty()) {
          List<TopicPartition> partitions = partitions();
          if (partitions.isEmpty()) {
            closing.await(RETRY_TOPIC_MILLIS, TimeUnit.MILLISECONDS);
            continue;
          }
          // The topic appeared after the watcher started: everything on it is newer than the watcher.
          consumer.assign(partitions);
          consumer.seekToBeginning(partitions);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          handle(record);
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!closed) {
        lastProblem = "the watcher stopped: " + e;
      }
    } finally {
      try {
        consumer.close(deadline);
      } catch (RuntimeException e) {
        lastProblem = "the watcher's consumer did not close cleanly: " + e;
      }
    }
  }

  private List<TopicPartition> partitions() {
    List<TopicPartition> partitions = new ArrayList<>();
    try {
      List<PartitionInfo> infos = consumer.partitionsFor(config.topic(), deadline);
      if (infos != null) {
        infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
      }
    } catch (WakeupException e) {
      throw e;
    } catch (KafkaException e) {
      lastProblem = "cannot read the partitions of " + config.topic() + ": " + e;
    }
    return partitions;
  }

  private void handle(ConsumerRecord<String, byte[]> record) {
    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
    GenericRecord mcp;
    String error;
    try {
      byte[] value = record.value();
      if (value == null) {
        throw new IllegalArgumentException("no value");
      }
      GenericRecord failure = FailedProposalAvro.decode(value, registry.schemaById(ProposalAvro.schemaId(value)));
      mcp = FailedProposalAvro.proposal(failure);
      error = FailedProposalAvro.error(failure);
    } catch (RuntimeException e) {
      undecodable.incrementAndGet();
      lastProblem = "cannot decode failure record " + where + ": " + e.getMessage();
      return;
    }
    String id = FailedProposalAvro.property(mcp, MESSAGE_ID_PROPERTY);
    String urn = FailedProposalAvro.text(mcp, "entityUrn");
    SentProposals.Sent ours = id == null || urn == null ? null : sent.take(id, urn, System.currentTimeMillis());
    if (ours == null) {
      unmatched.incrementAndGet();
      return;
    }
    matched.incrementAndGet();
    GmsRejection rejection = GmsRejection.builder().messageId(id).urn(urn)
        .aspectName(Optional.ofNullable(FailedProposalAvro.text(mcp, "aspectName")))
        .changeType(String.valueOf(FailedProposalAvro.text(mcp, "changeType"))).error(error)
        .sentAtMillis(ours.sentAtMillis).failureRecord(where).build();
    try {
      listener.accept(rejection);
    } catch (RuntimeException e) {
      listenerFailures.incrementAndGet();
      lastProblem = "the listener threw on the rejection of " + urn + ": " + e;
    }
  }

  private static Properties properties(KafkaEmitterConfig emitter, FailureWatcherConfig config) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, emitter.bootstrapServers());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "mlmeta-failure-watcher");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    p.putAll(config.consumerProperties());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }
}
