package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.Container;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasContainer;
import io.mlmeta.entity.HasLifecycle;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasPlatformInstance;
import io.mlmeta.entity.HasTags;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.Times;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.Urn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ML model deployment ({@code mlModelDeployment}): a running instance of a model, such as a serving endpoint,
 * with its status. Models name their deployments from their side ({@link MLModel#addDeployment}).
 *
 * <p>A new deployment always holds {@code dataPlatformInstance} and {@code mlModelDeploymentProperties} (with
 * {@code customProperties: {}}).
 *
 * <pre>{@code
 * MLModelDeployment endpoint = MLModelDeployment.builder()
 *     .platform("sagemaker")
 *     .name("recommendation-endpoint")
 *     .description("Production deployment of recommendation model on SageMaker")
 *     .status(DeploymentStatus.IN_SERVICE)
 *     .build();
 * }</pre>
 */
public final class MLModelDeployment extends Entity<MLModelDeployment> implements HasOwners<MLModelDeployment>,
    HasTags<MLModelDeployment>, HasLifecycle<MLModelDeployment>, HasPlatformInstance<MLModelDeployment>,
    HasContainer<MLModelDeployment>, EditableProperties<MLModelDeployment> {
  private static final List<AspectType<?>> ORDER = List.of(DataPlatformInstance.TYPE,
      MLModelDeploymentProperties.TYPE, Ownership.TYPE, GlobalTags.TYPE, Deprecation.TYPE, Status.TYPE,
      Container.TYPE);
  private static final MLModelDeploymentProperties EMPTY = MLModelDeploymentProperties.builder().build();

  private final MLModelDeploymentUrn urn;

  MLModelDeployment(MLModelDeploymentUrn urn, Collection<? extends Aspect> aspects) {
    super(urn, aspects);
    this.urn = urn;
  }

  MLModelDeployment(EntityAspects read) {
    super(read);
    this.urn = MLModelDeploymentUrn.parse(read.urn().toString());
  }

  /** A builder of a new deployment; {@code platform} and {@code name} are required. */
  public static MLModelDeploymentBuilder builder() {
    return new MLModelDeploymentBuilder();
  }

  @Override
  public MLModelDeploymentUrn urn() {
    return urn;
  }

  /** The {@code mlModelDeploymentProperties} aspect, if the deployment has it (a new one always does). */
  public Optional<MLModelDeploymentProperties> properties() {
    return aspect(MLModelDeploymentProperties.TYPE);
  }

  /** The description, if set. */
  public Optional<String> description() {
    return properties().flatMap(MLModelDeploymentProperties::description);
  }

  /** The deployment's state, if known. */
  public Optional<DeploymentStatus> status() {
    return properties().flatMap(MLModelDeploymentProperties::status);
  }

  /** The version label of the deployment, if set. */
  public Optional<String> version() {
    return properties().flatMap(MLModelDeploymentProperties::version).flatMap(VersionTag::versionTag);
  }

  /** When the deployment was created, if known (DataHub's {@code mlModelDeploymentProperties.createdAt}). */
  public Optional<Instant> created() {
    return properties().flatMap(MLModelDeploymentProperties::createdAt).map(Instant::ofEpochMilli);
  }

  /** The link to the deployment in its platform, if set. */
  public Optional<String> externalUrl() {
    return properties().flatMap(MLModelDeploymentProperties::externalUrl);
  }

  /** The custom properties. */
  public Map<String, String> customProperties() {
    return properties().map(MLModelDeploymentProperties::customProperties).orElse(Map.of());
  }

  @Override
  public MLModelDeployment setDescription(String description) {
    Objects.requireNonNull(description, "description");
    return edit(p -> p.toBuilder().description(description).build());
  }

  /** Sets the deployment's state. */
  public MLModelDeployment setStatus(DeploymentStatus status) {
    Objects.requireNonNull(status, "status");
    return edit(p -> p.toBuilder().status(status).build());
  }

  /** Sets the version label of the deployment. */
  public MLModelDeployment setVersion(String version) {
    VersionTag tag = VersionTag.of(Objects.requireNonNull(version, "version"));
    return edit(p -> p.toBuilder().version(tag).build());
  }

  /** Sets when the deployment was created. */
  public MLModelDeployment setCreated(Instant created) {
    long millis = Times.millis("created", created);
    return edit(p -> p.toBuilder().createdAt(millis).build());
  }

  @Override
  public MLModelDeployment setExternalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return edit(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  @Override
  public MLModelDeployment setCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return edit(p -> p.toBuilder().customProperties(copy).build());
  }

  @Override
  public MLModelDeployment addCustomProperty(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return edit(p -> p.toBuilder().customProperties(Edits.put(p.customProperties(), key, value)).build());
  }

  /** Marks the deployment deprecated with {@code note} by {@code actor}, naming the deployment that replaces it. */
  public MLModelDeployment deprecate(String note, Urn actor, MLModelDeploymentUrn replacement) {
    return setDeprecation(Deprecation.builder().deprecated(true).note(note).actor(actor)
        .replacement(Objects.requireNonNull(replacement, "replacement")).build());
  }

  private MLModelDeployment edit(UnaryOperator<MLModelDeploymentProperties> edit) {
    return modify(MLModelDeploymentProperties.TYPE, Edits.orEmpty(() -> EMPTY, edit));
  }

  @Override
  protected List<AspectType<?>> aspectOrder() {
    return ORDER;
  }
}
