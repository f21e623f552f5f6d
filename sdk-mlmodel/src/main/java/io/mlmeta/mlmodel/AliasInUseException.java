package io.mlmeta.mlmodel;

import io.mlmeta.error.DataHubException;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.VersionSetUrn;

/**
 * Thrown when a version would be given an alias (e.g. {@code "champion"}) that another version of the same version
 * set already holds: an alias names at most one version of a set. The message names the other version; move the
 * alias with {@link ModelVersions#moveAlias} instead.
 */
public class AliasInUseException extends DataHubException {
  private static final long serialVersionUID = 1L;

  private final String alias;
  private final String versionSet;
  private final String holder;
  private final String version;

  /** {@code alias} of {@code versionSet} is held by {@code holder}, so {@code version} cannot also have it. */
  public AliasInUseException(String alias, VersionSetUrn versionSet, MLModelUrn holder, MLModelUrn version,
      String hint) {
    super("alias '" + alias + "' of " + versionSet + " is held by " + holder + "; " + version
        + " cannot also hold it: " + hint);
    this.alias = alias;
    this.versionSet = versionSet.toString();
    this.holder = holder.toString();
    this.version = version.toString();
  }

  /** The alias. */
  public String alias() {
    return alias;
  }

  /** The version set. */
  public VersionSetUrn versionSet() {
    return VersionSetUrn.parse(versionSet);
  }

  /** The version that holds the alias. */
  public MLModelUrn holder() {
    return MLModelUrn.parse(holder);
  }

  /** The version that was to be given the alias. */
  public MLModelUrn version() {
    return MLModelUrn.parse(version);
  }
}
