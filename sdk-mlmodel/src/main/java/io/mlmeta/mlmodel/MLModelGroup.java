package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Applications;
import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.Deprecation;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.GlossaryTerms;
import io.mlmeta.aspect.InstitutionalMemory;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.Status;
import io.mlmeta.aspect.StructuredProperties;
import io.mlmeta.aspect.SubTypes;
import io.mlmeta.aspect.TimeStamp;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasApplications;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLifecycle;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasPlatformInstance;
import io.mlmeta.entity.HasStructuredProperties;
import io.mlmeta.entity.HasSubTypes;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.mlmodel.aspect.EditableMLModelGroupProperties;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.MLChecks;
import io.mlmeta.mlmodel.internal.Times;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
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
 * An ML model group ({@code mlModelGroup}): a family of related models, such as the versions of a registered
 * model. Models join a group from their side ({@link MLModel#addGroup}).
 *
 * <p>A new group always holds {@code dataPlatformInstance} and {@code mlModelGroupProperties} (with
 * {@code customProperties: {}}), as DataHub's Python SDK writes them; its proposals follow that SDK's order.
 *
 * <pre>{@code
 * MLModelGroup group = MLModelGroup.builder()
 *     .platform("mlflow")
 *     .name("airline_forecast_models_group")
 *     .displayName("Airline Forecast Models Group")
 *     .description("Group of models for airline passenger forecasting")
 *     .addOwner(CorpUserUrn.of("datahub"))
 *     .build();
 * }</pre>
 */
public final class MLModelGroup extends Entity<MLModelGroup> implements HasOwners<MLModelGroup>,
    HasTags<MLModelGroup>, HasTerms<MLModelGroup>, HasDomain<MLModelGroup>, HasLifecycle<MLModelGroup>,
    HasPlatformInstance<MLModelGroup>, HasLinks<MLModelGroup>, EditableProperties<MLModelGroup>,
    NamedAndDated<MLModelGroup>, JobLinked<MLModelGroup>, HasSubTypes<MLModelGroup>,
    HasStructuredProperties<MLModelGroup>, HasApplications<MLModelGroup> {
  private static final List<AspectType<?>> ORDER = List.of(DataPlatformInstance.TYPE, MLModelGroupProperties.TYPE,
      Ownership.TYPE, InstitutionalMemory.TYPE, GlobalTags.TYPE, GlossaryTerms.TYPE, Domains.TYPE, Deprecation.TYPE,
      Status.TYPE, SubTypes.TYPE, StructuredProperties.TYPE, Applications.TYPE,
      EditableMLModelGroupProperties.TYPE);
  private static final MLModelGroupProperties EMPTY = MLModelGroupProperties.builder().build();

  private final MLModelGroupUrn urn;

  MLModelGroup(MLModelGroupUrn urn, Collection<? extends Aspect> aspects) {
    super(urn, aspects);
    this.urn = urn;
  }

  MLModelGroup(EntityAspects read) {
    super(read);
    this.urn = MLModelGroupUrn.parse(read.urn().toString());
  }

  /** A builder of a new group; {@code platform} and {@code name} are required. */
  public static MLModelGroupBuilder builder() {
    return new MLModelGroupBuilder();
  }

  @Override
  public MLModelGroupUrn urn() {
    return urn;
  }

  /** The {@code mlModelGroupProperties} aspect, if the group has it (a new group always does). */
  public Optional<MLModelGroupProperties> properties() {
    return aspect(MLModelGroupProperties.TYPE);
  }

  /** The name shown in DataHub ({@code mlModelGroupProperties.name}), if set. */
  public Optional<String> displayName() {
    return properties().flatMap(MLModelGroupProperties::name);
  }

  /** The description, if set. */
  public Optional<String> description() {
    return properties().flatMap(MLModelGroupProperties::description);
  }

  /** The link to the group in its platform, if set. */
  public Optional<String> externalUrl() {
    return properties().flatMap(MLModelGroupProperties::externalUrl);
  }

  /** The custom properties. */
  public Map<String, String> customProperties() {
    return properties().map(MLModelGroupProperties::customProperties).orElse(Map.of());
  }

  /** When the group was created in its platform, if known. */
  public Optional<Instant> created() {
    return Times.instant(properties().flatMap(MLModelGroupProperties::created));
  }

  /** When the group was last changed in its platform, if known. */
  public Optional<Instant> lastModified() {
    return Times.instant(properties().flatMap(MLModelGroupProperties::lastModified));
  }

  /** The group's version label ({@code mlModelGroupProperties.version}), if set. */
  public Optional<String> version() {
    return properties().flatMap(MLModelGroupProperties::version).flatMap(VersionTag::versionTag);
  }

  /**
   * The training runs of the group's models (dataProcessInstance URNs, as {@link TrainingRun#urn()}), or dataJob
   * URNs: DataHub's {@code mlModelGroupProperties.trainingJobs}.
   */
  public List<Urn> trainingRuns() {
    return properties().map(MLModelGroupProperties::trainingJobs).orElse(List.of());
  }

  /** The jobs that use the group's models. */
  public List<Urn> downstreamJobs() {
    return properties().map(MLModelGroupProperties::downstreamJobs).orElse(List.of());
  }

  @Override
  public MLModelGroup setDisplayName(String displayName) {
    Objects.requireNonNull(displayName, "displayName");
    return edit(p -> p.toBuilder().name(displayName).build());
  }

  @Override
  public MLModelGroup setDescription(String description) {
    Objects.requireNonNull(description, "description");
    return edit(p -> p.toBuilder().description(description).build());
  }

  @Override
  public MLModelGroup setExternalUrl(String externalUrl) {
    Objects.requireNonNull(externalUrl, "externalUrl");
    return edit(p -> p.toBuilder().externalUrl(externalUrl).build());
  }

  @Override
  public MLModelGroup setCustomProperties(Map<String, String> customProperties) {
    Objects.requireNonNull(customProperties, "customProperties");
    Map<String, String> copy = Edits.copyOf(customProperties);
    return edit(p -> p.toBuilder().customProperties(copy).build());
  }

  @Override
  public MLModelGroup addCustomProperty(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    return edit(p -> p.toBuilder().customProperties(Edits.put(p.customProperties(), key, value)).build());
  }

  @Override
  public MLModelGroup setCreated(Instant created) {
    TimeStamp stamp = Times.stamp("created", created);
    return edit(p -> p.toBuilder().created(stamp).build());
  }

  @Override
  public MLModelGroup setLastModified(Instant lastModified) {
    TimeStamp stamp = Times.stamp("lastModified", lastModified);
    return edit(p -> p.toBuilder().lastModified(stamp).build());
  }

  /** Sets the group's version label ({@code mlModelGroupProperties.version}). */
  public MLModelGroup setVersion(String version) {
    VersionTag tag = VersionTag.of(Objects.requireNonNull(version, "version"));
    return edit(p -> p.toBuilder().version(tag).build());
  }

  /**
   * Adds a training run of the group's models (a dataProcessInstance URN, as {@link TrainingRun#urn()}, or a dataJob
   * URN), unless it is there.
   */
  @Override
  public MLModelGroup addTrainingRun(Urn run) {
    Objects.requireNonNull(run, "run");
    MLChecks.checkJob("trainingRun", run);
    return edit(p -> p.toBuilder().trainingJobs(Edits.plus(p.trainingJobs(), run)).build());
  }

  /** Removes training run {@code run}. */
  public MLModelGroup removeTrainingRun(Urn run) {
    Objects.requireNonNull(run, "run");
    return edit(p -> p.toBuilder().trainingJobs(Edits.minus(p.trainingJobs(), run)).build());
  }

  /** Adds a job that uses the group's models (a dataJob or dataProcessInstance URN), unless it is there. */
  @Override
  public MLModelGroup addDownstreamJob(Urn job) {
    MLChecks.checkJob("downstreamJob", job);
    return edit(p -> p.toBuilder().downstreamJobs(Edits.plus(p.downstreamJobs(), job)).build());
  }

  /** Removes downstream job {@code job}. */
  public MLModelGroup removeDownstreamJob(Urn job) {
    Objects.requireNonNull(job, "downstreamJob");
    return edit(p -> p.toBuilder().downstreamJobs(Edits.minus(p.downstreamJobs(), job)).build());
  }

  /**
   * The description as edited in DataHub ({@code editableMlModelGroupProperties}), shown in place of the ingested
   * one.
   */
  public Optional<String> editableDescription() {
    return aspect(EditableMLModelGroupProperties.TYPE).flatMap(EditableMLModelGroupProperties::description);
  }

  /** Sets the description as edited in DataHub, which DataHub shows in place of {@link #description()}. */
  public MLModelGroup setEditableDescription(String description) {
    Objects.requireNonNull(description, "editableDescription");
    return modify(EditableMLModelGroupProperties.TYPE, current -> current == null
        ? EditableMLModelGroupProperties.of(description) : current.toBuilder().description(description).build());
  }

  private MLModelGroup edit(UnaryOperator<MLModelGroupProperties> edit) {
    return modify(MLModelGroupProperties.TYPE, Edits.orEmpty(() -> EMPTY, edit));
  }

  @Override
  protected List<AspectType<?>> aspectOrder() {
    return ORDER;
  }
}
