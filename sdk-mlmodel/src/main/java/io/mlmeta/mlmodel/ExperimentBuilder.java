package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.BrowsePathsV2;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.SubTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a new {@link Experiment}; obtain it from {@link Experiment#builder()}. {@code platform} and {@code id}
 * (or a whole {@link #key}) are required; {@link #platformInstance} is part of the key. Without {@link #key} the
 * platform is hashed by its name, DataHub's SDK default. The display name is the id unless given. Each call is
 * applied through the experiment's own mutator when {@link #build()} runs, in call order.
 */
public final class ExperimentBuilder extends GovernedEntityBuilder<ExperimentBuilder, Experiment> {
  private static final String ENTITY = "Experiment";

  private String id;
  private ExperimentKey givenKey;
  private ExperimentKey key;

  ExperimentBuilder() {}

  /** The experiment's id in its platform, e.g. MLflow's experiment id or name; required. */
  public ExperimentBuilder id(String id) {
    Objects.requireNonNull(id, "id");
    this.id = id;
    return this;
  }

  /**
   * The whole key, hashed exactly as given: sets the platform, platform instance and id from it. For the key a
   * DataHub connector uses, e.g. {@code ExperimentKey.of("urn:li:dataPlatform:mlflow", "Default")}.
   */
  public ExperimentBuilder key(ExperimentKey key) {
    this.givenKey = Objects.requireNonNull(key, "key");
    platform(key.platform());
    key.instance().ifPresent(this::platformInstance);
    return id(key.id());
  }

  /**
   * The custom properties besides the key's {@code platform} and {@code id}, which an experiment built here always
   * has; replaces those given before.
   */
  @Override
  public ExperimentBuilder customProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    return step(e -> {
      Map<String, String> all = new LinkedHashMap<>(key.fields());
      all.putAll(customProperties);
      e.setCustomProperties(all);
    });
  }

  /**
   * The experiment.
   *
   * @throws IllegalStateException if {@code platform} or {@code id} is missing, or was changed after {@link #key}
   */
  public Experiment build() {
    key = ExperimentKey.byPlatformName(requirePlatform(ENTITY), instance(), BuildSteps.required(ENTITY, "id", id));
    if (givenKey != null) {
      if (!givenKey.platform().equals(key.platform()) || !givenKey.instance().equals(key.instance())
          || !givenKey.id().equals(key.id())) {
        throw new IllegalStateException(ENTITY + ".key " + givenKey + " conflicts with platform "
            + key.platform() + ", platformInstance " + key.instance().orElse("(none)") + " and id " + key.id()
            + " set after it");
      }
      key = givenKey;
    }
    ContainerProperties properties = ContainerProperties.builder().name(id).customProperties(key.fields()).build();
    List<Aspect> initial = List.of(properties, platformAspect(ENTITY), BrowsePathsV2.of(),
        SubTypes.of(MLAssetSubTypes.ML_EXPERIMENT));
    return new Experiment(key.urn(), applySteps(new Experiment(key.urn(), initial)));
  }
}
