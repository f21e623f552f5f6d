package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.internal.NamedValues;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One model version to register in DataHub with {@link ModelVersions#register}: the version's model, its group
 * (the registered model), version set, version label and aliases, the training run that produced it, its metrics
 * and hyperparameters, and its owners. Immutable; build one with {@link #builder()}, or with
 * {@code MlflowNames.newRegistration(name, version)} for a version MLflow registered, so that it lands on the
 * entities DataHub's MLflow connector writes.
 *
 * <pre>{@code
 * ModelRegistration v3 = ModelRegistration.builder()
 *     .model(MLModelUrn.of("mlflow", "churn-model_3"))
 *     .group(MLModelGroupUrn.of("mlflow", "churn-model"))
 *     .version("3").addAlias("champion")
 *     .trainingRun(runUrn).addTrainingMetric("auc", 0.91).addOwner(CorpUserUrn.of("jdoe"))
 *     .build();
 * }</pre>
 *
 * <p>The version set is, unless given, the one the group's versions share as DataHub's MLflow and Vertex AI
 * connectors name it: {@code urn:li:versionSet:(<datahub_guid({"platform": <platform name>, "name": <group
 * name>})>,mlModel)}.
 */
public final class ModelRegistration {
  private final MLModelUrn model;
  private final MLModelGroupUrn group;
  private final String version;
  private final VersionSetUrn versionSet;
  private final List<String> aliases;
  private final DataProcessInstanceUrn trainingRun;
  private final List<MLMetric> trainingMetrics;
  private final List<MLHyperParam> hyperParams;
  private final List<Owner> owners;
  private final String displayName;
  private final String description;
  private final String externalUrl;
  private final Map<String, String> customProperties;
  private final Instant created;

  private ModelRegistration(Builder b) {
    this.model = b.model;
    this.group = b.group;
    this.version = b.version;
    this.versionSet = b.versionSet != null ? b.versionSet : versionSetOf(b.group);
    this.aliases = List.copyOf(b.aliases);
    this.trainingRun = b.trainingRun;
    this.trainingMetrics = List.copyOf(b.trainingMetrics.values());
    this.hyperParams = List.copyOf(b.hyperParams.values());
    this.owners = List.copyOf(b.owners);
    this.displayName = b.displayName;
    this.description = b.description;
    this.externalUrl = b.externalUrl;
    this.customProperties = Map.copyOf(b.customProperties);
    this.created = b.created;
  }

  /** A builder; {@code model}, {@code group} and {@code version} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version set the versions of {@code group} share when none is given:
   * {@code datahub_guid({"platform": <platform name>, "name": <group name>})}, as DataHub's MLflow and Vertex AI
   * connectors name a registered model's set.
   */
  public static VersionSetUrn versionSetOf(MLModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return VersionSetUrn.of(DataHubGuid.of(Map.of("platform", group.platform().platformName(), "name",
        group.name())), MLModelUrn.ENTITY_TYPE);
  }

  /** The model version's URN. */
  public MLModelUrn model() {
    return model;
  }

  /** The group, DataHub's registered model. */
  public MLModelGroupUrn group() {
    return group;
  }

  /** The version label, e.g. {@code "3"}. */
  public String version() {
    return version;
  }

  /** The version set the version is in. */
  public VersionSetUrn versionSet() {
    return versionSet;
  }

  /** The aliases to give the version, in order; each is taken from any other version of the set that holds it. */
  public List<String> aliases() {
    return aliases;
  }

  /** The run that trained the version, if given. */
  public Optional<DataProcessInstanceUrn> trainingRun() {
    return Optional.ofNullable(trainingRun);
  }

  /** The training metrics, one per name, in first-given order. */
  public List<MLMetric> trainingMetrics() {
    return trainingMetrics;
  }

  /** The hyperparameters, one per name, in first-given order. */
  public List<MLHyperParam> hyperParams() {
    return hyperParams;
  }

  /** The owners to add. */
  public List<Owner> owners() {
    return owners;
  }

  /** The name shown in DataHub, if given. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /** The description, if given. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The link to the version in its platform, if given. */
  public Optional<String> externalUrl() {
    return Optional.ofNullable(externalUrl);
  }

  /** Custom properties to set on the version; others it has are kept. */
  public Map<String, String> customProperties() {
    return customProperties;
  }

  /** When the version was created in its platform, if given. */
  public Optional<Instant> created() {
    return Optional.ofNullable(created);
  }

  /** A builder holding this registration's values. */
  public Builder toBuilder() {
    Builder b = new Builder().model(model).group(group).version(version).versionSet(versionSet);
    b.aliases.addAll(aliases);
    b.trainingRun = trainingRun;
    trainingMetrics.forEach(b::addTrainingMetric);
    hyperParams.forEach(b::addHyperParam);
    b.owners.addAll(owners);
    b.displayName = displayName;
    b.description = description;
    b.externalUrl = externalUrl;
    b.customProperties.putAll(customProperties);
    b.created = created;
    return b;
  }

  /** Applies the registration to the version's entity, as recorded changes (each keeps what it does not name). */
  void applyTo(MLModel entity) {
    if (displayName != null) {
      entity.setDisplayName(displayName);
    }
    if (description != null) {
      entity.setDescription(description);
    }
    if (externalUrl != null) {
      entity.setExternalUrl(externalUrl);
    }
    customProperties.forEach(entity::addCustomProperty);
    if (created != null) {
      entity.setCreated(created);
    }
    entity.addGroup(group);
    if (trainingRun != null) {
      entity.addTrainingRun(trainingRun);
    }
    trainingMetrics.forEach(entity::addTrainingMetric);
    hyperParams.forEach(entity::addHyperParam);
    entity.setVersion(version, versionSet);
    aliases.forEach(entity::addAlias);
    owners.forEach(entity::addOwner);
  }

  @Override
  public String toString() {
    return "ModelRegistration[" + model + " version " + version + " of " + group + ", aliases=" + aliases
        + (trainingRun == null ? "" : ", trainingRun=" + trainingRun) + "]";
  }

  /** Builds a {@link ModelRegistration}; obtain it from {@link #builder()}. Not thread-safe. */
  public static final class Builder {
    private MLModelUrn model;
    private MLModelGroupUrn group;
    private String version;
    private VersionSetUrn versionSet;
    private final List<String> aliases = new ArrayList<>();
    private DataProcessInstanceUrn trainingRun;
    private final Map<String, MLMetric> trainingMetrics = new LinkedHashMap<>();
    private final Map<String, MLHyperParam> hyperParams = new LinkedHashMap<>();
    private final List<Owner> owners = new ArrayList<>();
    private String displayName;
    private String description;
    private String externalUrl;
    private final Map<String, String> customProperties = new LinkedHashMap<>();
    private Instant created;

    private Builder() {}

    /** The model version's URN; required. */
    public Builder model(MLModelUrn model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /** The group the version belongs to (the registered model); required. */
    public Builder group(MLModelGroupUrn group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /** The version label, e.g. {@code "3"}; required. */
    public Builder version(String version) {
      Checks.checkNotEmpty("ModelRegistration", "version", version);
      this.version = version;
      return this;
    }

    /** The version set, instead of the group's ({@link ModelRegistration#versionSetOf}). */
    public Builder versionSet(VersionSetUrn versionSet) {
      this.versionSet = Objects.requireNonNull(versionSet, "versionSet");
      return this;
    }

    /** Adds alias {@code alias} (e.g. {@code "champion"}), unless given already. */
    public Builder addAlias(String alias) {
      Checks.checkNotEmpty("ModelRegistration", "alias", alias);
      if (!aliases.contains(alias)) {
        aliases.add(alias);
      }
      return this;
    }

    /** The run that trained the version: linked both ways (the model's training job, the run's output). */
    public Builder trainingRun(DataProcessInstanceUrn run) {
      this.trainingRun = Objects.requireNonNull(run, "trainingRun");
      return this;
    }

    /** Sets training metric {@code name} to {@code value} (a number, string or boolean). */
    public Builder addTrainingMetric(String name, Object value) {
      return addTrainingMetric(NamedValues.one("metric", name, value, MLMetric::of));
    }

    /** Sets training metric {@code metric.name()} to {@code metric}. */
    public Builder addTrainingMetric(MLMetric metric) {
      trainingMetrics.put(Objects.requireNonNull(metric, "metric").name(), metric);
      return this;
    }

    /** Sets a training metric per entry of {@code metrics}, in its iteration order. */
    public Builder trainingMetrics(Map<String, ?> metrics) {
      Objects.requireNonNull(metrics, "metrics");
      MLMetric.listOf(metrics).forEach(this::addTrainingMetric);
      return this;
    }

    /** Sets hyperparameter {@code name} to {@code value} (a number, string or boolean). */
    public Builder addHyperParam(String name, Object value) {
      return addHyperParam(NamedValues.one("hyperparameter", name, value, MLHyperParam::of));
    }

    /** Sets hyperparameter {@code hyperParam.name()} to {@code hyperParam}. */
    public Builder addHyperParam(MLHyperParam hyperParam) {
      hyperParams.put(Objects.requireNonNull(hyperParam, "hyperParam").name(), hyperParam);
      return this;
    }

    /** Sets a hyperparameter per entry of {@code hyperParams}, in its iteration order. */
    public Builder hyperParams(Map<String, ?> hyperParams) {
      Objects.requireNonNull(hyperParams, "hyperParams");
      MLHyperParam.listOf(hyperParams).forEach(this::addHyperParam);
      return this;
    }

    /** Adds {@code owner} (a user or group URN) as a technical owner. */
    public Builder addOwner(Urn owner) {
      return addOwner(Owner.of(owner, OwnershipType.TECHNICAL_OWNER));
    }

    /** Adds {@code owner}. */
    public Builder addOwner(Owner owner) {
      owners.add(Objects.requireNonNull(owner, "owner"));
      return this;
    }

    /** The name shown in DataHub. */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName");
      return this;
    }

    /** The description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** The link to the version in its platform (e.g. the MLflow model version page). */
    public Builder externalUrl(String externalUrl) {
      this.externalUrl = Objects.requireNonNull(externalUrl, "externalUrl");
      return this;
    }

    /** Sets custom property {@code key} of the version. */
    public Builder putCustomProperty(String key, String value) {
      customProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value of " + key));
      return this;
    }

    /** When the version was created in its platform. */
    public Builder created(Instant created) {
      this.created = Objects.requireNonNull(created, "created");
      return this;
    }

    /**
     * The registration.
     *
     * @throws IllegalStateException naming the field if {@code model}, {@code group} or {@code version} is missing,
     *     or the version set holds another entity type
     */
    public ModelRegistration build() {
      BuildSteps.required("ModelRegistration", "model", model);
      BuildSteps.required("ModelRegistration", "group", group);
      BuildSteps.required("ModelRegistration", "version", version);
      if (versionSet != null && !versionSet.versionedEntityType().equals(MLModelUrn.ENTITY_TYPE)) {
        throw new IllegalStateException("ModelRegistration.versionSet " + versionSet + " holds "
            + versionSet.versionedEntityType() + " entities, not mlModel");
      }
      return new ModelRegistration(this);
    }
  }
}
