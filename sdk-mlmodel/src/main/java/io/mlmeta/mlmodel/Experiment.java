package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Applications;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.BrowsePathsV2;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.EditableContainerProperties;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasApplications;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLifecycle;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasStructuredProperties;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.Times;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ML experiment: a {@code container} of sub-type {@code "ML Experiment"} that groups training runs. It is
 * identified by its {@link ExperimentKey} (platform, id and platform instance, if any), as in DataHub; its URN
 * is {@code urn:li:container:<datahub_guid({"platform": <platform>, "id": <id>})>} (with {@code "instance"} when
 * there is one), so distinct ids always give distinct experiments.
 *
 * <p>{@link #urnOf} and {@code builder().platform(..).id(..)} hash the platform <em>name</em>, as DataHub's Python
 * SDK and its Vertex AI connector do. DataHub's MLflow connector hashes the platform URN instead and keys an
 * experiment by its name, so for the experiment that connector writes use
 * {@code io.mlmeta.mlmodel.naming.MlflowNames} (or {@link ExperimentBuilder#key}).
 *
 * <p>A new experiment holds {@code containerProperties} (named by its display name, or its id when it has none;
 * its custom properties start with the key's {@code platform} and {@code id}), {@code dataPlatformInstance},
 * {@code browsePathsV2} (at the top of its platform) and {@code subTypes ["ML Experiment"]}.
 * {@link #setCustomProperties} replaces all custom properties, the key's included, as DataHub's SDK does.
 *
 * <pre>{@code
 * Experiment experiment = Experiment.builder()
 *     .platform("mlflow")
 *     .id("airline_forecast_experiment")
 *     .displayName("Airline Forecast Experiment")
 *     .putCustomProperty("team", "forecasting")
 *     .build();
 * run.setExperiment(experiment);
 * }</pre>
 */
public final class Experiment extends Entity<Experiment> implements HasOwners<Experiment>, HasTags<Experiment>,
    HasTerms<Experiment>, HasDomain<Experiment>, HasLifecycle<Experiment>, HasLinks<Experiment>,
    EditableProperties<Experiment>, NamedAndDated<Experiment>, HasStructuredProperties<Experiment>,
    HasApplications<Experiment> {
  private static final List<AspectType<?>> ORDER = List.of(ContainerProperties.TYPE, DataPlatformInstance.TYPE,
      BrowsePathsV2.TYPE, SubTypes.TYPE, Ownership.TYPE, InstitutionalMemory.TYPE, GlobalTags.TYPE,
      GlossaryTerms.TYPE, Domains.TYPE, Deprecation.TYPE, Status.TYPE, StructuredProperties.TYPE, Applications.TYPE,
      EditableContainerProperties.TYPE);

  private final ContainerUrn urn;

  Experiment(ContainerUrn urn, Collection<? extends Aspect> aspects) {
    super(urn, aspects);
    this.urn = urn;
  }

  Experiment(EntityAspects read) {
    super(read);
    this.urn = ContainerUrn.parse(read.urn().toString());
  }

  /** A builder of a new experiment; {@code platform} and {@code id} are required. */
  public static ExperimentBuilder builder() {
    return new ExperimentBuilder();
  }

  /**
   * The URN of experiment {@code id} on {@code platform} (a name or platform URN), the platform hashed by its name;
   * not the MLflow connector's (see the class description).
   */
  public static ContainerUrn urnOf(String platform, String id) {
    return ExperimentKey.byPlatformName(DataPlatformUrn.of(platform), null, id).urn();
  }

  /** The URN of experiment {@code id} on instance {@code instance} of {@code platform}, hashed as {@link #urnOf}. */
  public static ContainerUrn urnOf(String platform, String instance, String id) {
    return ExperimentKey.byPlatformName(DataPlatformUrn.of(platform), Objects.requireNonNull(instance, "instance"),
        id).urn();
  }

  @Override
  public ContainerUrn urn() {
    return urn;
  }

  /** The {@code containerProperties} aspect, if the experiment has it (a new one always does). */
  public Optional<ContainerProperties> properties() {
    return aspect(ContainerProperties.TYPE);
  }

  /**
   * The experiment's id in its platform, the {@code id} its URN was hashed from ({@link ExperimentBuilder#id}), if
   * known: DataHub keeps the key's fields in the custom properties, so an experiment built here always has it, and
   * one written by a tool that drops them (DataHub's own SDK with a {@code ContainerKey(name=...)}) has none.
   */
  public Optional<String> id() {
    return Optional.ofNullable(customProperties().get("id"));
  }

  /** The platform, if known. */
  public Optional<DataPlatformUrn> platform() {
    return aspect(DataPlatformInstance.TYPE).map(DataPlatformInstance::platform);
  }

  /** The name shown in DataHub, if known. */
  public Optional<String> displayName() {
    return properties().map(ContainerProperties::name);
  }

  /** The description, if set. */
  public Optional<String> description() {
    return properties().flatMap(ContainerProperties::description);
  }

  /** The link to the experiment in its platform, if set. */
  public Optional<String> externalUrl() {
    return properties().flatMap(ContainerProperties::externalUrl);
  }

  /** The custom properties (the key's {@code platform} and {@code id} among them unless replaced). */
  public Map<String, String> customProperties() {
    return properties().map(ContainerProperties::customProperties).orElse(Map.of());
  }

  /** When the experiment was created in its platform, if known. */
  public Optional<Instant> created() {
    return Times.instant(properties().flatMap(ContainerProperties::created));
  }

  /** When the experiment was last changed in its platform, if known. */
  public Optional<Instant> lastModified() {
    return Times.instant(properties().flatMap(ContainerProperties::lastModified));
  }

  @Override
  public Experiment setDisplayName(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    return edit(p -> p.toBuilder().name(displayName).build());
  }

  @Override
  public Experiment setDescription(String description) {
    Objects.requireNonNull(description, "description");
    return edit(p -> p.toBuilder().description(description).build());
  }

  @Override
  public Experiment setExternalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return edit(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  /** Replaces all custom properties, the key's {@code platform} and {@code id} included. */
  @Override
  public Experiment setCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return edit(p -> p.toBuilder().customProperties(copy).build());
  }

  @Override
  public Experiment addCustomProperty(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return edit(p -> p.toBuilder().customProperties(Edits.put(p.customProperties(), key, value)).build());
  }

  @Override
  public Experiment setCreated(Instant created) {
    TimeStamp stamp = Times.stamp("created", created);
    return edit(p -> p.toBuilder().created(stamp).build());
  }

  @Override
  public Experiment setLastModified(Instant lastModified) {
    TimeStamp stamp = Times.stamp("lastModified", lastModified);
    return edit(p -> p.toBuilder().lastModified(stamp).build());
  }

  /**
   * The description as edited in DataHub ({@code editableContainerProperties}), shown in place of the ingested one.
   */
  public Optional<String> editableDescription() {
    return aspect(EditableContainerProperties.TYPE).flatMap(EditableContainerProperties::description);
  }

  /** Sets the description as edited in DataHub, which DataHub shows in place of {@link #description()}. */
  public Experiment setEditableDescription(String description) {
    Objects.requireNonNull(description, "editableDescription");
    return modify(EditableContainerProperties.TYPE, current -> current == null
        ? EditableContainerProperties.of(description) : current.toBuilder().description(description).build());
  }

  /** Edits containerProperties; one read without it gets a new one named by the URN's guid. */
  private Experiment edit(UnaryOperator<ContainerProperties> edit) {
    String fallbackName = urn.guid();
    return modify(ContainerProperties.TYPE, Edits.orEmpty(() -> ContainerProperties.of(fallbackName), edit));
  }

  @Override
  protected List<AspectType<?>> aspectOrder() {
    return ORDER;
  }
}
