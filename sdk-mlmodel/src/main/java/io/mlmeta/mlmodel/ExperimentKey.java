package io.mlmeta.mlmodel;

import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of an ML experiment, DataHub's {@code ExperimentKey(platform, instance, id)}: its fields are hashed with
 * {@code datahub_guid} into the experiment's container URN and written as its first custom properties.
 *
 * <p>The platform is part of the hash as text, and DataHub's own sources do not agree on that text: the MLflow
 * connector hashes the platform URN ({@code "urn:li:dataPlatform:mlflow"}), the Vertex AI connector the platform
 * name ({@code "vertexai"}). {@link #of(String, String)} keeps the text it is given, so either can be reproduced;
 * {@code io.mlmeta.mlmodel.naming} has the keys those connectors use.
 *
 * <pre>{@code
 * ExperimentKey key = ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default");
 * key.urn();   // urn:li:container:03d28ec52349332a202a252cb2388d83, as DataHub's MLflow connector names it
 * Experiment experiment = Experiment.builder().key(key).build();
 * }</pre>
 */
public final class ExperimentKey {
  private final String platformText;
  private final DataPlatformUrn platform;
  private final String instance;
  private final String id;

  private ExperimentKey(String platformText, String instance, String id) {
    this.platformText = platformText;
    this.platform = DataPlatformUrn.of(platformText);
    this.instance = instance;
    this.id = id;
  }

  /**
   * The key of experiment {@code id} on {@code platform}, hashed with the platform text as given: a name
   * ({@code "vertexai"}) or a platform URN ({@code "urn:li:dataPlatform:mlflow"}).
   *
   * @throws IllegalArgumentException if {@code platform} or {@code id} is empty
   * @throws io.mlmeta.urn.UrnSyntaxException if {@code platform} is neither a platform name nor a platform URN
   */
  public static ExperimentKey of(String platform, String id) {
    return of(platform, null, id);
  }

  /** The key of experiment {@code id} on instance {@code instance} (unless null) of {@code platform}, as given. */
  public static ExperimentKey of(String platform, String instance, String id) {
    Checks.checkNotEmpty("ExperimentKey.platform", platform);
    Checks.checkNotEmpty("Experiment.id", id);
    if (instance != null) {
      Checks.checkNotEmpty("Experiment.platformInstance", instance);
    }
    return new ExperimentKey(platform, instance, id);
  }

  /** The key {@link Experiment#builder()} makes: the platform hashed by its name, as DataHub's SDK does. */
  static ExperimentKey byPlatformName(DataPlatformUrn platform, String instance, String id) {
    return of(Objects.requireNonNull(platform, "platform").platformName(), instance, id);
  }

  /** The platform. */
  public DataPlatformUrn platform() {
    return platform;
  }

  /** The platform instance, if the key has one. */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /** The experiment's id in its platform. */
  public String id() {
    return id;
  }

  /**
   * The fields as DataHub hashes them, in the order its key lists them: {@code platform} (the text given),
   * {@code instance} when there is one, {@code id}.
   */
  public Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("platform", platformText);
    if (instance != null) {
      fields.put("instance", instance);
    }
    fields.put("id", id);
    return Collections.unmodifiableMap(fields);
  }

  /** {@code urn:li:container:<datahub_guid(fields)>}. */
  public ContainerUrn urn() {
    return ContainerUrn.of(DataHubGuid.of(fields()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExperimentKey && ((ExperimentKey) o).fields().equals(fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  @Override
  public String toString() {
    return "ExperimentKey" + fields();
  }
}
