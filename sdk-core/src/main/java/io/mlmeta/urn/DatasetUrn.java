package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;

/** A dataset, {@code urn:li:dataset:(urn:li:dataPlatform:<platform>,<name>,<ENV>)}. */
public final class DatasetUrn extends PlatformScopedUrn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataset";

  private DatasetUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of dataset {@code name} on {@code platform} in {@code env}. */
  public static DatasetUrn of(DataPlatformUrn platform, String name, FabricType env) {
    return new DatasetUrn(build(ENTITY_TYPE, platform, name, env));
  }

  /** Returns the URN of dataset {@code name} on {@code platform} (a name or platform URN) in PROD. */
  public static DatasetUrn of(String platform, String name) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    return of(DataPlatformUrn.of(platform), name, FabricType.PROD);
  }

  /** Returns the URN of dataset {@code name} on {@code platform} in {@code env} (any case, e.g. "prod"). */
  public static DatasetUrn of(String platform, String name, String env) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    return of(DataPlatformUrn.of(platform), name, FabricType.of(env));
  }

  /**
   * Parses the text of a dataset URN.
   *
   * @throws UrnSyntaxException if the text is malformed, names another entity type or an unknown env
   */
  @JsonCreator
  public static DatasetUrn parse(String text) {
    return new DatasetUrn(parseScoped(text, ENTITY_TYPE));
  }
}
