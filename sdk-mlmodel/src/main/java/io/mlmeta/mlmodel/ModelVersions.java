package io.mlmeta.mlmodel;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.entity.EntityClient;
import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.internal.Versions;
import io.mlmeta.mlmodel.urn.MlModelUrn;
import io.mlmeta.read.MetadataReader;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.VersionSetUrn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>The entity alone cannot know its set's other versions: {@code entities().upsert/update} save aliases without
 * this check. Several versions are several entities, which DataHub does not change in one transaction: a move first
 * removes the alias from the other versions, then adds it to its target (each a conditional write), then reads the
 * set again and reports a second holder that a concurrent writer added meanwhile. On a DataHub server relationships
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
  public List<MlModelUrn> members(VersionSetUrn versionSet) {
    Objects.requireNonNull(versionSet, "versionSet");
    try (Stream<Relationship> edges = reader.relationships(versionSet, Set.of(VERSION_OF),
        RelationshipDirection.INCOMING)) {
      return edges.map(Relationship::entity).filter(u -> u.entityType().equals(MlModelUrn.ENTITY_TYPE)).distinct()
          .sorted().map(u -> MlModelUrn.parse(u.toString())).collect(Collectors.toList());
    }
  }

  /** The versions of {@code versionSet} that hold {@code alias}: one at most, unless written without this class. */
  public List<MlModelUrn> holders(VersionSetUrn versionSet, String alias) {
    Checks.checkNotEmpty("alias", alias);
    List<MlModelUrn> holders = new ArrayList<>();
    for (MlModelUrn member : members(versionSet)) {
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
  public VersionProperties moveAlias(String alias, MlModelUrn to) {
    Checks.checkNotEmpty("alias", alias);
    Objects.requireNonNull(to, "to");
    VersionSetUrn set = reader.getAspect(to, VersionProperties.TYPE).map(VersionProperties::versionSet)
        .orElseThrow(() -> new IllegalStateException("cannot move alias '" + alias + "' to " + to
            + ": it has no version (versionProperties)"));
    for (MlModelUrn holder : holders(set, alias)) {
      if (!holder.equals(to)) {
        entities.modifyAspect(holder, VersionProperties.TYPE, v -> without(v, alias, holder));
      }
    }
    VersionProperties written = entities.modifyAspect(to, VersionProperties.TYPE, Versions.addAlias(alias));
    for (MlModelUrn holder : holders(set, alias)) {
      if (!holder.equals(to)) {
        throw new AliasInUseException(alias, set, holder, to, "another writer gave it to " + holder
            + " while it was being moved; move it again once that writer is done");
      }
    }
    return written;
  }

  /**
   * Saves {@code version} with {@code entities().update} if it was read, {@code entities().upsert} if it was built,
   * after checking that no alias it adds (that DataHub does not hold for it yet) is held by another version of its
   * version set. Nothing is written when the check fails.
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
    if (version.isFetched()) {
      entities.update(version);
    } else {
      entities.upsert(version);
    }
  }

  private void requireFree(VersionSetUrn set, String alias, MlModelUrn version) {
    for (MlModelUrn holder : holders(set, alias)) {
      if (!holder.equals(version)) {
        throw new AliasInUseException(alias, set, holder, version, "move it with ModelVersions.moveAlias(\""
            + alias + "\", " + version + ") or remove it from " + holder + " first");
      }
    }
  }

  private static VersionProperties without(VersionProperties current, String alias, MlModelUrn holder) {
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
