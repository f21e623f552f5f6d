package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasTags;
import io.mlmeta.urn.CorpGroupUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformInstanceUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The base of the builders of the entities that live on a platform (models, groups, deployments, experiments): the
 * platform and instance, owners, tags and the fields of the properties aspect that they all have, each call kept in
 * {@link BuildSteps}.
 */
abstract class PlatformEntityBuilder<B extends PlatformEntityBuilder<B, E>,
    E extends Entity<E> & HasOwners<E> & HasTags<E> & EditableProperties<E>> {
  private final BuildSteps<E> steps = new BuildSteps<>();
  private DataPlatformUrn platform;
  private String instance;

  /** The platform, by name ({@code "mlflow"}) or URN text ({@code "urn:li:dataPlatform:mlflow"}); required. */
  public B platform(String platform) {
    Objects.requireNonNull(platform, "platform");
    return platform(DataPlatformUrn.of(platform));
  }

  /** The platform; required. */
  public B platform(DataPlatformUrn platform) {
    this.platform = Objects.requireNonNull(platform, "platform");
    return self();
  }

  /** The instance of the platform, when there are several (e.g. one MLflow server of many). */
  public B platformInstance(String instance) {
    this.instance = Objects.requireNonNull(instance, "platformInstance");
    return self();
  }

  /** Adds {@code owner}, a user or group, as a technical owner. */
  public B addOwner(Urn owner) {
    Objects.requireNonNull(owner, "owner");
    return addOwner(owner, OwnershipType.TECHNICAL_OWNER);
  }

  /** Adds {@code owner}, a user or group, as an owner of kind {@code type}. */
  public B addOwner(Urn owner, OwnershipType type) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(type, "ownership type");
    if (!owner.entityType().equals(CorpUserUrn.ENTITY_TYPE) && !owner.entityType().equals(CorpGroupUrn.ENTITY_TYPE)) {
      throw new IllegalArgumentException("owner must be a corpuser or corpGroup URN but was " + owner);
    }
    return step(e -> e.addOwner(owner, type));
  }

  /** Adds {@code tag}. */
  public B addTag(TagUrn tag) {
    Objects.requireNonNull(tag, "tag");
    return step(e -> e.addTag(tag));
  }

  /** The description. */
  public B description(String description) {
    Objects.requireNonNull(description, "description");
    return step(e -> e.setDescription(description));
  }

  /** A link to the entity in its platform. */
  public B externalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return step(e -> e.setExternalUrl(externalUrl));
  }

  /** The custom properties, replacing those given before. */
  public B customProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    return step(e -> e.setCustomProperties(customProperties));
  }

  /** Adds (or replaces) custom property {@code key}. */
  public B putCustomProperty(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return step(e -> e.addCustomProperty(key, value));
  }

  /** Adds a step to apply to the entity at build time. */
  final B step(Consumer<E> step) {
    steps.add(step);
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** Applies the steps to {@code draft} and returns its aspects. */
  final List<Aspect> applySteps(E draft) {
    return steps.applyTo(draft);
  }

  /** The platform; {@code entity} names the entity in the error when it was not given. */
  final DataPlatformUrn requirePlatform(String entity) {
    return BuildSteps.required(entity, "platform", platform);
  }

  /** The instance name, or null. */
  final String instance() {
    return instance;
  }

  /** The {@code dataPlatformInstance} aspect of the platform and instance given. */
  final DataPlatformInstance platformAspect(String entity) {
    DataPlatformUrn on = requirePlatform(entity);
    return instance == null ? DataPlatformInstance.of(on)
        : DataPlatformInstance.of(DataPlatformInstanceUrn.of(on, instance));
  }
}
