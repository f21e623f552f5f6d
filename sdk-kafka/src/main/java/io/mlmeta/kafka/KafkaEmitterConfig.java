package io.mlmeta.kafka;

import io.mlmeta.config.Backpressure;
import io.mlmeta.kafka.internal.RegistryUrls;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings of a {@link KafkaEmitter}: the brokers, the schema registry (Confluent's, or GMS's built-in one at
 * {@code <gms>/schema-registry/api/}), the topic and subject, extra producer properties, timeouts and backpressure.
 * Immutable; {@code toString()} never shows the registry password nor producer property values.
 *
 * <pre>{@code
 * KafkaEmitterConfig config = KafkaEmitterConfig.builder()
 *     .bootstrapServers("broker-1:9092,broker-2:9092")
 *     .schemaRegistryUrl("http://schema-registry:8081")
 *     .registryBasicAuth("svc-mlmeta", System.getenv("REGISTRY_PASSWORD"))
 *     .putProducerProperty("security.protocol", "SSL")
 *     .build();
 * }</pre>
 */
public final class KafkaEmitterConfig {
  /** DataHub's topic of proposals, {@value}. */
  public static final String DEFAULT_TOPIC = "MetadataChangeProposal_v1";

  private final Builder b;
  private final Map<String, String> producerProperties;

  private KafkaEmitterConfig(Builder b) {
    this.b = b.copy();
    this.producerProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.producerProperties));
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return b.copy();
  }

  /** The brokers' {@code bootstrap.servers}, e.g. {@code broker-1:9092,broker-2:9092}. */
  public String bootstrapServers() {
    return b.bootstrapServers;
  }

  /** The schema registry's base URL, e.g. {@code http://schema-registry:8081} or {@code <gms>/schema-registry/api}. */
  public String schemaRegistryUrl() {
    return b.schemaRegistryUrl;
  }

  /** The topic proposals go to; {@value #DEFAULT_TOPIC} unless set. */
  public String topic() {
    return b.topic;
  }

  /** The registry subject of the value schema; {@code <topic>-value} unless set. */
  public String subject() {
    return b.subject != null ? b.subject : b.topic + "-value";
  }

  /** The user name for the registry's basic authentication, if set. */
  public Optional<String> registryUsername() {
    return Optional.ofNullable(b.registryUsername);
  }

  /** The password for the registry's basic authentication, if set. Never shown by {@code toString()}. */
  public Optional<String> registryPassword() {
    return Optional.ofNullable(b.registryPassword);
  }

  /** The caller's OkHttpClient for the registry (TLS, proxy, auth interceptors); empty: the emitter makes one. */
  public Optional<OkHttpClient> registryHttpClient() {
    return Optional.ofNullable(b.registryHttpClient);
  }

  /**
   * Extra Kafka producer properties (security, SASL, compression, {@code buffer.memory} ...), applied after this
   * SDK's defaults ({@code acks=all}, {@code enable.idempotence=true}), so they win. Serializers cannot be set.
   */
  public Map<String, String> producerProperties() {
    return producerProperties;
  }

  /** The longest a proposal may wait for its acknowledgement ({@code delivery.timeout.ms}); 2 minutes unless set. */
  public Duration deliveryTimeout() {
    return b.deliveryTimeout;
  }

  /** The longest {@link KafkaEmitter#flush()} and {@link KafkaEmitter#close()} wait; 30 seconds unless set. */
  public Duration deadline() {
    return b.deadline;
  }

  /**
   * The longest a send may wait for the topic's metadata or, with {@link Backpressure#BLOCK}, for room in the
   * producer's buffer ({@code max.block.ms}); 60 seconds unless set.
   */
  public Duration maxBlock() {
    return b.maxBlock;
  }

  /**
   * What {@link KafkaEmitter#emitAsync} does when the producer's buffer ({@code buffer.memory}) is full:
   * {@link Backpressure#BLOCK} (the default) waits up to {@link #maxBlock()}, {@link Backpressure#REJECT} throws
   * {@link java.util.concurrent.RejectedExecutionException} at once.
   */
  public Backpressure backpressure() {
    return b.backpressure;
  }

  @Override
  public String toString() {
    return "KafkaEmitterConfig[bootstrapServers=" + b.bootstrapServers + ", schemaRegistryUrl="
        + RegistryUrls.redacted(b.schemaRegistryUrl) + ", topic=" + b.topic + ", subject=" + subject()
        + ", registryAuth=" + (b.registryUsername == null ? "none" : "basic " + b.registryUsername)
        + ", registryHttpClient=" + (b.registryHttpClient == null ? "own" : "caller's")
        + ", producerProperties=" + producerProperties.keySet() + ", deliveryTimeout=" + b.deliveryTimeout
        + ", deadline=" + b.deadline + ", maxBlock=" + b.maxBlock + ", backpressure=" + b.backpressure + "]";
  }

  /** Builds a {@link KafkaEmitterConfig}; {@link #bootstrapServers} and {@link #schemaRegistryUrl} are required. */
  public static final class Builder {
    private String bootstrapServers;
    private String schemaRegistryUrl;
    private String topic = DEFAULT_TOPIC;
    private String subject;
    private String registryUsername;
    private String registryPassword;
    private OkHttpClient registryHttpClient;
    private Map<String, String> producerProperties = new LinkedHashMap<>();
    private Duration deliveryTimeout = Duration.ofMinutes(2);
    private Duration deadline = Duration.ofSeconds(30);
    private Duration maxBlock = Duration.ofSeconds(60);
    private Backpressure backpressure = Backpressure.BLOCK;

    private Builder() {}

    /** Sets the brokers' {@code bootstrap.servers} (comma-separated {@code host:port}). */
    public Builder bootstrapServers(String bootstrapServers) {
      this.bootstrapServers = nonBlank(bootstrapServers, "bootstrapServers");
      return this;
    }

    /** Sets the schema registry's base URL ({@code http} or {@code https}). */
    public Builder schemaRegistryUrl(String schemaRegistryUrl) {
      String url = nonBlank(schemaRegistryUrl, "schemaRegistryUrl");
      if (HttpUrl.parse(url) == null) {
        throw new IllegalArgumentException("schemaRegistryUrl is not an http(s) URL: " + RegistryUrls.redacted(url));
      }
      this.schemaRegistryUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      return this;
    }

    /** Sets the topic (and, unless {@link #subject} is set, the subject {@code <topic>-value}). */
    public Builder topic(String topic) {
      this.topic = nonBlank(topic, "topic");
      return this;
    }

    /** Sets the registry subject of the value schema. */
    public Builder subject(String subject) {
      this.subject = nonBlank(subject, "subject");
      return this;
    }

    /** Authenticates to the registry with HTTP basic authentication. */
    public Builder registryBasicAuth(String username, String password) {
      this.registryUsername = nonBlank(username, "username");
      this.registryPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Uses the caller's OkHttpClient for the registry (its TLS, proxy, interceptors); the caller closes it. */
    public Builder registryHttpClient(OkHttpClient registryHttpClient) {
      this.registryHttpClient = Objects.requireNonNull(registryHttpClient, "registryHttpClient");
      return this;
    }

    /** Adds one producer property (see {@link KafkaEmitterConfig#producerProperties()}). */
    public Builder putProducerProperty(String key, String value) {
      Objects.requireNonNull(value, "value");
      if (nonBlank(key, "key").equals("key.serializer") || key.equals("value.serializer")) {
        throw new IllegalArgumentException("producer property " + key + " cannot be set: the emitter writes bytes");
      }
      producerProperties.put(key, value);
      return this;
    }

    /** Adds producer properties (see {@link KafkaEmitterConfig#producerProperties()}). */
    public Builder putAllProducerProperties(Map<String, String> properties) {
      Objects.requireNonNull(properties, "properties").forEach(this::putProducerProperty);
      return this;
    }

    /** Sets {@link KafkaEmitterConfig#deliveryTimeout()}. */
    public Builder deliveryTimeout(Duration deliveryTimeout) {
      this.deliveryTimeout = positive(deliveryTimeout, "deliveryTimeout");
      return this;
    }

    /** Sets {@link KafkaEmitterConfig#deadline()}. */
    public Builder deadline(Duration deadline) {
      this.deadline = positive(deadline, "deadline");
      return this;
    }

    /** Sets {@link KafkaEmitterConfig#maxBlock()}. */
    public Builder maxBlock(Duration maxBlock) {
      this.maxBlock = positive(maxBlock, "maxBlock");
      return this;
    }

    /** Sets {@link KafkaEmitterConfig#backpressure()}. */
    public Builder backpressure(Backpressure backpressure) {
      this.backpressure = Objects.requireNonNull(backpressure, "backpressure");
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalStateException if {@link #bootstrapServers} or {@link #schemaRegistryUrl} is not set
     */
    public KafkaEmitterConfig build() {
      if (bootstrapServers == null) {
        throw new IllegalStateException("bootstrapServers is required");
      }
      if (schemaRegistryUrl == null) {
        throw new IllegalStateException("schemaRegistryUrl is required");
      }
      return new KafkaEmitterConfig(this);
    }

    private Builder copy() {
      Builder c = new Builder();
      c.bootstrapServers = bootstrapServers;
      c.schemaRegistryUrl = schemaRegistryUrl;
      c.topic = topic;
      c.subject = subject;
      c.registryUsername = registryUsername;
      c.registryPassword = registryPassword;
      c.registryHttpClient = registryHttpClient;
      c.producerProperties = new LinkedHashMap<>(producerProperties);
      c.deliveryTimeout = deliveryTimeout;
      c.deadline = deadline;
      c.maxBlock = maxBlock;
      c.backpressure = backpressure;
      return c;
    }

    private static String nonBlank(String value, String name) {
      if (Objects.requireNonNull(value, name).trim().isEmpty()) {
        throw new IllegalArgumentException(name + " is empty");
      }
      return value.trim();
    }

    private static Duration positive(Duration value, String name) {
      if (Objects.requireNonNull(value, name).isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
