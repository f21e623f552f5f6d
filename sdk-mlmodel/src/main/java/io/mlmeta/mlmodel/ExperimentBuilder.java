package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.BrowsePathsV2;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.SubTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a new {@link Experiment}; obtain it from {@link Experiment#builder()}. {@code platform} and {@code id}
 * are required; {@link #platformInstance} is part of the key. The display name is the id unless given. Each call is
 * applied through the experiment's own mutator when {@link #build()} runs, in call order.
 */
public final class ExperimentBuilder extends GovernedEntityBuilder<ExperimentBuilder, Experiment> {
  private static final String ENTITY = "Experiment";

  private String id;
  private ExperimentKey key;

  ExperimentBuilder() {}

  /** The experiment's id in its platform, e.g. MLflow's experiment id or name; required. */
  public ExperimentBuilder id(String id) {
    this.id = id;
    return this;
  }

  /**
   * The custom properties besides the key's {@code platform} and {@code id}, which an experiment built here always
   * has; replaces those given before.
   */
  @Override
  public ExperimentBuilder customProperties(Map<String, String> customProperties) {
    return step(e -> {
      Map<String, String> all = new LinkedHashMap<>(key.fields());
      all.putAll(customProperties);
      e.setCustomProperties(all);
    });
  }

  /**
   * The experiment.
   *
   * @throws IllegalStateException if {@code platform} or {@code id} is missing
   */
  public Experiment build() {
    key = ExperimentKey.of(requirePlatform(ENTITY), instance(), required(ENTITY, "id", id));
    ContainerProperties properties = ContainerProperties.builder().name(id).customProperties(key.fields()).build();
    List<Aspect> initial = List.of(properties, platformAspect(ENTITY), BrowsePathsV2.of(),
        SubTypes.of(MlAssetSubTypes.ML_EXPERIMENT));
    return new Experiment(key.urn(), applySteps(new Experiment(key.urn(), initial)));
  }
}
