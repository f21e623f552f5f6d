package io.mlmeta.mlmodel.internal;

import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.aspect.VersionProperties;
import io.mlmeta.aspect.VersionTag;
import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The {@code versionProperties} edits of DataHub's Python SDK v2 ({@code HasVersion}): the version set of an entity
 * is {@code urn:li:versionSet:(<datahub_guid({"urn": <entity urn>})>,<entity type>)} and the sort key is the
 * version padded with zeros to ten characters ({@code str.zfill(10)}).
 */
public final class Versions {
  private static final int SORT_ID_WIDTH = 10;

  private Versions() {}

  /** The version set DataHub's SDK puts {@code entity} in. */
  public static VersionSetUrn versionSet(Urn entity) {
    return VersionSetUrn.of(DataHubGuid.of(Map.of("urn", entity.toString())), entity.entityType());
  }

  /** Python's {@code version.zfill(10)}: zeros after a leading sign; a longer version is kept as it is. */
  public static String sortId(String version) {
    if (version.length() >= SORT_ID_WIDTH) {
      return version;
    }
    int signs = version.startsWith("+") || version.startsWith("-") ? 1 : 0;
    return version.substring(0, signs) + "0".repeat(SORT_ID_WIDTH - version.length()) + version.substring(signs);
  }

  /** Sets the version of {@code entity} to {@code version}, keeping the aliases and other fields there. */
  public static UnaryOperator<VersionProperties> setVersion(Urn entity, String version) {
    return setVersion(entity, version, versionSet(entity));
  }

  /** Sets the version of {@code entity} to {@code version} in version set {@code set}. */
  public static UnaryOperator<VersionProperties> setVersion(Urn entity, String version, VersionSetUrn set) {
    Checks.checkNotEmpty("version", version);
    if (!set.versionedEntityType().equals(entity.entityType())) {
      throw new IllegalArgumentException("versionSet " + set + " holds " + set.versionedEntityType()
          + " entities, not " + entity.entityType() + " (" + entity + ")");
    }
    String sortId = sortId(version);
    return current -> {
      boolean same = current != null && current.version().versionTag().filter(version::equals).isPresent();
      return (current == null ? VersionProperties.builder() : current.toBuilder())
          .versionSet(set).version(same ? current.version() : VersionTag.of(version)).sortId(sortId).build();
    };
  }

  /** Sets who labelled the version and from where; the entity must have a version. */
  public static UnaryOperator<VersionProperties> attributeVersion(MetadataAttribution attribution) {
    Objects.requireNonNull(attribution, "metadataAttribution");
    return current -> {
      VersionProperties versioned = requireVersion(current, "cannot attribute the version of an entity without one");
      return versioned.toBuilder().version(versioned.version().toBuilder().metadataAttribution(attribution).build())
          .build();
    };
  }

  /** Adds {@code alias} unless it is there; the entity must have a version. */
  public static UnaryOperator<VersionProperties> addAlias(String alias) {
    Checks.checkNotEmpty("alias", alias);
    return current -> {
      VersionProperties versioned = requireVersion(current, aliasMessage(alias));
      return versioned.hasAlias(alias) ? versioned
          : versioned.toBuilder().addAlias(VersionTag.of(alias)).build();
    };
  }

  /**
   * Adds {@code alias} with {@code attribution}, or sets the attribution of the alias if it is there (keeping its
   * other fields); the entity must have a version.
   */
  public static UnaryOperator<VersionProperties> addAlias(String alias, MetadataAttribution attribution) {
    Checks.checkNotEmpty("alias", alias);
    Objects.requireNonNull(attribution, "metadataAttribution");
    return current -> {
      VersionProperties versioned = requireVersion(current, aliasMessage(alias));
      if (!versioned.hasAlias(alias)) {
        return versioned.toBuilder().addAlias(VersionTag.builder().versionTag(alias)
            .metadataAttribution(attribution).build()).build();
      }
      return versioned.toBuilder().aliases(versioned.aliases().stream()
          .map(a -> a.versionTag().filter(alias::equals).isPresent()
              ? a.toBuilder().metadataAttribution(attribution).build() : a)
          .collect(Collectors.toList())).build();
    };
  }

  /** Removes {@code alias}. */
  public static UnaryOperator<VersionProperties> removeAlias(String alias) {
    Checks.checkNotEmpty("alias", alias);
    return current -> requireVersion(current, aliasMessage(alias)).toBuilder()
        .aliases(current.aliases().stream().filter(a -> !a.versionTag().filter(alias::equals).isPresent())
            .collect(Collectors.toList()))
        .build();
  }

  private static String aliasMessage(String alias) {
    return "cannot change alias '" + alias + "' of an entity without a version";
  }

  private static VersionProperties requireVersion(VersionProperties current, String message) {
    if (current == null) {
      throw new IllegalStateException(message + ": call setVersion first");
    }
    return current;
  }
}
