package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.internal.Versions;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The versions of a model in DataHub and their aliases, kept so that an alias names at most one version of a version
 * set: {@link #moveAlias} gives an alias to one version and takes it from the others in the same call, and
 * {@link #save} refuses to give a version an alias another version of its set holds. A version set's versions are
 * the models whose {@code versionProperties.versionSet} points at it (DataHub's {@code VersionOf} relationship).
 *
 * <pre>{@code
 * ModelVersions versions = ModelVersions.of(client);
 * versions.moveAlias("champion", mlflow.modelVersion("churn-model", "2"));   // version 1 loses it
 * versions.save(mlflow.newModelVersion("churn-model", "3").addAlias("champion").build());
 * // AliasInUseException: alias 'champion' of urn:li:versionSet:(...) is held by ...churn-model_2...
 * }</pre>
 *
 * <p>{@link #register} registers a version (group, set, aliases, run, metrics, owners) in one atomic write, taking
 * its aliases from the other versions in the same unit.
 *
 * <p>The entity alone cannot know its set's other versions: {@code entities().upsert/update} save aliases without
 * this check. A move first removes the alias from the other versions, then adds it to its target (each a
 * conditional write of its own), then reads the set again and reports a second holder that a concurrent writer
 * added meanwhile. On a DataHub server relationships
 * are served from its graph index, which follows writes with a short delay, so a version written a moment ago may
 * not be seen yet; the local store sees it at once.
 */
public final class ModelVersions {
  private static final String VERSION_OF = "VersionOf";

  private final EntityClient entities;
  private final MetadataReader reader;

  private ModelVersions(EntityClient entities, MetadataReader reader) {
    this.entities = entities;
    this.reader = reader;
  }

  /** The versions known to {@code client}. */
  public static ModelVersions of(DataHubClient client) {
    Objects.requireNonNull(client, "client");
    return new ModelVersions(client.entities(), client.reader());
  }

  /** The models in version set {@code versionSet}, in URN order. */
  public List<MLModelUrn> members(VersionSetUrn versionSet) {
    Objects.requireNonNull(versionSet, "versionSet");
    try (Stream<Relationship> edges = reader.relationships(versionSet, Set.of(VERSION_OF),
        RelationshipDirection.INCOMING)) {
      return edges.map(Relationship::entity).filter(u -> u.entityType().equals(MLModelUrn.ENTITY_TYPE)).distinct()
          .sorted().map(u -> MLModelUrn.parse(u.toString())).collect(Collectors.toList());
    }
  }

  /** The versions of {@code versionSet} that hold {@code alias}: one at most, unless written without this class. */
  public List<MLModelUrn> holders(VersionSetUrn versionSet, String alias) {
    Checks.checkNotEmpty("alias", alias);
    List<MLModelUrn> holders = new ArrayList<>();
    for (MLModelUrn member : members(versionSet)) {
      reader.getAspect(member, VersionProperties.TYPE)
          .filter(v -> v.versionSet().equals(versionSet) && v.hasAlias(alias)).ifPresent(v -> holders.add(member));
    }
    return holders;
  }

  /**
   * Gives {@code alias} to version {@code to} and takes it from every other version of {@code to}'s version set,
   * e.g. {@code moveAlias("champion", v2)} when version 2 replaces version 1. The other aliases of every version
   * are kept.
   *
   * @return {@code to}'s {@code versionProperties} as written
   * @throws IllegalStateException naming {@code to} if it has no version
   * @throws AliasInUseException if another writer gave {@code alias} to another version of the set meanwhile
   */
  public VersionProperties moveAlias(String alias, MLModelUrn to) {
    Checks.checkNotEmpty("alias", alias);
    Objects.requireNonNull(to, "to");
    VersionSetUrn set = reader.getAspect(to, VersionProperties.TYPE).map(VersionProperties::versionSet)
        .orElseThrow(() -> new IllegalStateException("cannot move alias '" + alias + "' to " + to
            + ": it has no version (versionProperties)"));
    for (MLModelUrn holder : holders(set, alias)) {
      if (!holder.equals(to)) {
        entities.modifyAspect(holder, VersionProperties.TYPE, v -> without(v, alias, holder));
      }
    }
    VersionProperties written = entities.modifyAspect(to, VersionProperties.TYPE, Versions.addAlias(alias));
    for (MLModelUrn holder : holders(set, alias)) {
      if (!holder.equals(to)) {
        throw new AliasInUseException(alias, set, holder, to, "another writer gave it to " + holder
            + " while it was being moved; move it again once that writer is done");
      }
    }
    return written;
  }

  /**
   * Saves {@code version} with {@code entities().update} if it was read or written before, with
   * {@code entities().upsert} if it was built and never written, after checking that no alias it adds (that DataHub
   * does not hold for it yet) is held by another version of its version set. Nothing is written when the check
   * fails.
   *
   * @throws AliasInUseException naming the alias and the version that holds it
   */
  public void save(MLModel version) {
    Objects.requireNonNull(version, "version");
    Optional<VersionProperties> now = version.aspect(VersionProperties.TYPE);
    if (now.isPresent()) {
      VersionSetUrn set = now.get().versionSet();
      Set<String> saved = reader.getAspect(version.urn(), VersionProperties.TYPE)
          .filter(v -> v.versionSet().equals(set)).map(ModelVersions::aliases).orElse(Set.of());
      for (String alias : aliases(now.get())) {
        if (!saved.contains(alias)) {
          requireFree(set, alias, version.urn());
        }
      }
    }
    if (version.isSaved()) {
      entities.update(version);
    } else {
      entities.upsert(version);
    }
  }

  /**
   * Registers a model version in one atomic write ({@code entities().updateAll}): the version (created if absent,
   * else changed, keeping what it has that the registration does not name) with its group, version set, version,
   * aliases, training run, metrics, hyperparameters and owners; its group, created (platform and empty properties)
   * if DataHub does not have it; every other version of the set that holds one of the aliases, which loses it; and
   * the training run, if DataHub has it, which gets the version as an output. All of these are conditional writes
   * in one request, applied by GMS in one transaction (in the local store, one log record): all or none. Registering
   * the same version again changes nothing more.
   *
   * <pre>{@code
   * // after registering churn-model version 3 in MLflow from run runId:
   * MlflowNames mlflow = MlflowNames.defaults();
   * MLModel v3 = ModelVersions.of(client).register(mlflow.newRegistration("churn-model", "3")
   *     .addAlias("champion").trainingRun(mlflow.run(runId))
   *     .addTrainingMetric("auc", 0.91).addOwner(CorpUserUrn.of("jdoe"))
   *     .build());
   * }</pre>
   *
   * <p>The other holders of an alias are found through the set's {@code VersionOf} relationships, as
   * {@link #moveAlias} finds them (with the same delay on a server); a holder that a concurrent writer adds meanwhile
   * is reported after the write.
   *
   * @return the version as written
   * @throws AliasInUseException if another writer gave one of the aliases to another version of the set meanwhile
   * @throws IllegalArgumentException if the model, group or run URN names an entity of another type
   * @throws io.mlmeta.error.DataHubException if the write failed; none of it was written
   */
  public MLModel register(ModelRegistration registration) {
    Objects.requireNonNull(registration, "registration");
    MLModelUrn urn = registration.model();
    VersionSetUrn set = registration.versionSet();
    Map<Urn, Entity<?>> unit = new LinkedHashMap<>();
    MLModel version = findOrAbsent(urn, MLModel.class, MLModel::new);
    if (version.aspect(DataPlatformInstance.TYPE).isEmpty()) {
      DataPlatformInstance platform = DataPlatformInstance.of(urn.platform());
      version.modify(DataPlatformInstance.TYPE, d -> d != null ? d : platform);
    }
    registration.applyTo(version);
    unit.put(urn, version);

    MLModelGroup group = findOrAbsent(registration.group(), MLModelGroup.class, MLModelGroup::new);
    if (group.aspect(DataPlatformInstance.TYPE).isEmpty()) {
      DataPlatformInstance platform = DataPlatformInstance.of(registration.group().platform());
      group.modify(DataPlatformInstance.TYPE, d -> d != null ? d : platform);
    }
    if (group.aspect(MLModelGroupProperties.TYPE).isEmpty()) {
      MLModelGroupProperties empty = MLModelGroupProperties.builder().build();
      group.modify(MLModelGroupProperties.TYPE, p -> p != null ? p : empty);
    }
    if (!group.changedAspects().isEmpty()) {
      unit.put(group.urn(), group);
    }

    for (String alias : registration.aliases()) {
      for (MLModelUrn holder : holders(set, alias)) {
        if (!holder.equals(urn)) {
          MLModel other = (MLModel) unit.computeIfAbsent(holder, h -> entities.get(h, MLModel.class));
          other.modify(VersionProperties.TYPE, v -> without(v, alias, holder));
        }
      }
    }

    Optional<DataProcessInstanceUrn> runUrn = registration.trainingRun();
    if (runUrn.isPresent()) {
      Optional<TrainingRun> run = entities.find(runUrn.get()).filter(TrainingRun.class::isInstance)
          .map(TrainingRun.class::cast);
      if (run.isPresent() && !run.get().outputs().contains(urn)) {
        unit.put(run.get().urn(), run.get().addOutput(urn));
      }
    }

    entities.updateAll(unit.values());
    for (String alias : registration.aliases()) {
      for (MLModelUrn holder : holders(set, alias)) {
        if (!holder.equals(urn)) {
          throw new AliasInUseException(alias, set, holder, urn, "another writer gave it to " + holder
              + " while " + urn + " was registered; move it with moveAlias once that writer is done");
        }
      }
    }
    return version;
  }

  /** The entity {@code urn} as {@code type}, or, if DataHub does not have it, one read as having no aspects yet. */
  private <E extends Entity<E>> E findOrAbsent(Urn urn, Class<E> type, Function<EntityAspects, E> absent) {
    Optional<Entity<?>> found = entities.find(urn);
    if (found.isEmpty()) {
      return absent.apply(EntityAspects.of(urn, Map.of()));
    }
    if (!type.isInstance(found.get())) {
      throw new IllegalArgumentException(urn + " is a " + found.get().getClass().getSimpleName() + ", not a "
          + type.getSimpleName());
    }
    return type.cast(found.get());
  }

  private void requireFree(VersionSetUrn set, String alias, MLModelUrn version) {
    for (MLModelUrn holder : holders(set, alias)) {
      if (!holder.equals(version)) {
        throw new AliasInUseException(alias, set, holder, version, "move it with ModelVersions.moveAlias(\""
            + alias + "\", " + version + ") or remove it from " + holder + " first");
      }
    }
  }

  private static VersionProperties without(VersionProperties current, String alias, MLModelUrn holder) {
    if (current == null) {
      throw new IllegalStateException("version " + holder + " lost its versionProperties while alias '" + alias
          + "' was moved away from it");
    }
    return current.hasAlias(alias) ? Versions.removeAlias(alias).apply(current) : current;
  }

  private static Set<String> aliases(VersionProperties properties) {
    Set<String> out = new LinkedHashSet<>();
    for (VersionTag tag : properties.aliases()) {
      tag.versionTag().ifPresent(out::add);
    }
    return out;
  }
}
