package io.mlmeta.mlmodel;

import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key of an experiment, DataHub's {@code ExperimentKey(platform, id, instance)}: its fields are hashed with
 * {@code datahub_guid} into the container URN and written as the experiment's first custom properties.
 */
final class ExperimentKey {
  private final DataPlatformUrn platform;
  private final String instance;
  private final String id;

  private ExperimentKey(DataPlatformUrn platform, String instance, String id) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.instance = instance;
    this.id = id;
  }

  /** The key of experiment {@code id} on {@code platform}, on platform instance {@code instance} unless null. */
  static ExperimentKey of(DataPlatformUrn platform, String instance, String id) {
    Checks.checkNotEmpty("Experiment.id", id);
    if (instance != null) {
      Checks.checkNotEmpty("Experiment.platformInstance", instance);
    }
    return new ExperimentKey(platform, instance, id);
  }

  /** The key's fields as DataHub hashes them: platform name, id and instance name when there is one. */
  Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("platform", platform.platformName());
    fields.put("id", id);
    if (instance != null) {
      fields.put("instance", instance);
    }
    return fields;
  }

  /** {@code urn:li:container:<datahub_guid(fields)>}. */
  ContainerUrn urn() {
    return ContainerUrn.of(DataHubGuid.of(fields()));
  }
}
