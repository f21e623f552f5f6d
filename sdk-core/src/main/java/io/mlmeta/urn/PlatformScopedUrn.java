package io.mlmeta.urn;

import java.util.List;
import java.util.Objects;

/**
 * A URN keyed by {@code (platform, name, env)}: datasets, ML models, model groups and deployments. The name is kept
 * as given, with DataHub's reserved characters escaped; the env defaults to {@link FabricType#PROD} in the typed
 * factories.
 */
public abstract class PlatformScopedUrn extends Urn {
  private final DataPlatformUrn platform;
  private final FabricType env;

  /** Wraps a URN checked by {@link #parseScoped} or built by {@link #build}. */
  protected PlatformScopedUrn(Urn urn) {
    super(urn);
    this.platform = DataPlatformUrn.parse(urn.part(0));
    this.env = FabricType.valueOf(urn.part(2));
  }

  /** Builds the URN text for {@code entityType} from a platform, a plain-text name and an env; for subclasses. */
  protected static Urn build(String entityType, DataPlatformUrn platform, String name, FabricType env) {
    Objects.requireNonNull(platform, "platform");
    String part = plainPart(entityType, "name", name);
    Objects.requireNonNull(env, "env");
    return fromEncodedParts(entityType, List.of(platform.toString(), part, env.name()), 0);
  }

  /** Parses {@code text} as a three-part URN of {@code entityType}; for subclasses. */
  protected static Urn parseScoped(String text, String entityType) {
    Urn urn = parseAs(text, entityType, 3, "(platform, name, env)");
    try {
      DataPlatformUrn.parse(urn.part(0));
    } catch (UrnSyntaxException e) {
      throw new UrnSyntaxException(text, "the platform part '" + urn.part(0) + "' is not a dataPlatform URN");
    }
    try {
      FabricType.valueOf(urn.part(2));
    } catch (IllegalArgumentException e) {
      throw new UrnSyntaxException(text, "unknown env (FabricType) '" + urn.part(2) + "'");
    }
    return urn;
  }

  /** The platform, e.g. {@code urn:li:dataPlatform:mlflow}. */
  public final DataPlatformUrn platform() {
    return platform;
  }

  /** The name, with reserved-character escapes decoded. */
  public final String name() {
    return decodedPart(1);
  }

  /** The environment. */
  public final FabricType env() {
    return env;
  }
}
