package io.mlmeta.mlmodel;

import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.entity.Modifiable;
import io.mlmeta.mlmodel.internal.Versions;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The version of an entity and its aliases (the {@code versionProperties} aspect), as DataHub's Python SDK writes
 * them: the entity's version set is {@code urn:li:versionSet:(<datahub_guid({"urn": <urn>})>,<entity type>)}, the
 * sort key is the version left-padded with zeros to ten characters ({@code "2"} sorts as {@code "0000000002"}),
 * and versions are ordered as strings ({@code LEXICOGRAPHIC_STRING}).
 *
 * <p>That default set holds one entity, as with DataHub's Python SDK and its Unity Catalog connector; the versions of
 * one registered model share a set with {@link #setVersion(String, VersionSetUrn)}, as DataHub's MLflow and Vertex
 * AI connectors write them ({@code io.mlmeta.mlmodel.naming}).
 *
 * <p>Aliases such as {@code "champion"} name the version's role. Unlike DataHub's Python SDK, which invents version
 * {@code 0.1.0} when an alias is added to an entity without a version, alias changes are refused until a version is
 * set. An entity does not know the other versions of its set, so {@link #addAlias} cannot keep an alias on one
 * version only; {@link ModelVersions} does, reading the set's versions from DataHub.
 *
 * <pre>{@code
 * model.setVersion("2").addAlias("challenger");
 * ModelVersions.of(client).moveAlias("champion", v2.urn());   // every other version of the set loses it
 * }</pre>
 *
 * <p>Kept a mixin though {@link MLModel} is its only implementor: {@code versionProperties} is DataHub's versioning of
 * any entity (mlModel and dataset, {@link VersionProperties#TYPE}), shared as one {@code HasVersion} by DataHub's SDK.
 *
 * @param <E> the concrete entity type
 */
public interface HasVersion<E> extends Modifiable<E> {
  /** The entity's URN, from which its version set is derived. */
  Urn urn();

  /** The version label, if set. */
  default Optional<String> version() {
    return aspect(VersionProperties.TYPE).flatMap(v -> v.version().versionTag());
  }

  /** The aliases, in order. */
  default List<String> aliases() {
    return aspect(VersionProperties.TYPE).map(v -> v.aliases().stream().map(VersionTag::versionTag)
        .flatMap(Optional::stream).collect(Collectors.toList())).orElse(List.of());
  }

  /** Sets the version, keeping the aliases; the sort key becomes the version padded with zeros to ten characters. */
  default E setVersion(String version) {
    return modify(VersionProperties.TYPE, Versions.setVersion(urn(), version));
  }

  /**
   * Sets the version in an explicit version set, keeping the aliases: for several entities that are versions of one
   * model (each registered model version its own {@code mlModel}), share one set so DataHub lists them together,
   * e.g. {@code VersionSetUrn.of("churn-model", "mlModel")}.
   *
   * @throws IllegalArgumentException if the set holds another entity type
   */
  default E setVersion(String version, VersionSetUrn versionSet) {
    Objects.requireNonNull(versionSet, "versionSet");
    return modify(VersionProperties.TYPE, Versions.setVersion(urn(), version, versionSet));
  }

  /** The version set, if a version is set. */
  default Optional<VersionSetUrn> versionSet() {
    return aspect(VersionProperties.TYPE).map(VersionProperties::versionSet);
  }

  /**
   * Adds {@code alias} unless it is there. Other versions of the set are not checked: save with
   * {@link ModelVersions#save} to refuse an alias another version holds.
   *
   * @throws IllegalStateException naming the alias if no version is set
   */
  default E addAlias(String alias) {
    return modify(VersionProperties.TYPE, Versions.addAlias(alias));
  }

  /**
   * Adds {@code alias} with where it came from ({@code metadataAttribution}, which servers released before 2025 do
   * not know), or sets the attribution of the alias if it is there, keeping its other fields.
   *
   * @throws IllegalStateException naming the alias if no version is set
   */
  default E addAlias(String alias, MetadataAttribution attribution) {
    return modify(VersionProperties.TYPE, Versions.addAlias(alias, attribution));
  }

  /** Where alias {@code alias} came from, if it is there and attributed. */
  default Optional<MetadataAttribution> aliasAttribution(String alias) {
    Objects.requireNonNull(alias, "alias");
    return aspect(VersionProperties.TYPE).flatMap(v -> v.aliases().stream()
        .filter(a -> a.versionTag().filter(alias::equals).isPresent()).findFirst())
        .flatMap(VersionTag::metadataAttribution);
  }

  /** Where the version label came from, if attributed. */
  default Optional<MetadataAttribution> versionAttribution() {
    return aspect(VersionProperties.TYPE).flatMap(v -> v.version().metadataAttribution());
  }

  /**
   * Records where the version label came from ({@code version.metadataAttribution}; servers released before 2025
   * do not know it). Setting the same version again keeps it.
   *
   * @throws IllegalStateException if no version is set
   */
  default E setVersionAttribution(MetadataAttribution attribution) {
    return modify(VersionProperties.TYPE, Versions.attributeVersion(attribution));
  }

  /**
   * Removes {@code alias}.
   *
   * @throws IllegalStateException naming the alias if no version is set
   */
  default E removeAlias(String alias) {
    return modify(VersionProperties.TYPE, Versions.removeAlias(alias));
  }
}
