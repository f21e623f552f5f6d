package io.mlmeta.mlmodel.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.PlatformScopedUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.Objects;

/**
 * A group of ML models, such as the versions of one registered model:
 * {@code urn:li:mlModelGroup:(urn:li:dataPlatform:<platform>,<name>,<ENV>)}.
 *
 * <pre>{@code
 * MLModelGroupUrn urn = MLModelGroupUrn.of("mlflow", "churn");
 * urn.toString();   // "urn:li:mlModelGroup:(urn:li:dataPlatform:mlflow,churn,PROD)"
 * }</pre>
 */
public final class MLModelGroupUrn extends PlatformScopedUrn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "mlModelGroup";

  private MLModelGroupUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of model group {@code name} on {@code platform} in {@code env}. */
  public static MLModelGroupUrn of(DataPlatformUrn platform, String name, FabricType env) {
    return new MLModelGroupUrn(build(ENTITY_TYPE, platform, name, env));
  }

  /** Returns the URN of model group {@code name} on {@code platform} (a name or platform URN) in PROD. */
  public static MLModelGroupUrn of(String platform, String name) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    return of(DataPlatformUrn.of(platform), name, FabricType.PROD);
  }

  /** Returns the URN of model group {@code name} on {@code platform} in {@code env} (any case, e.g. "prod"). */
  public static MLModelGroupUrn of(String platform, String name, String env) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    return of(DataPlatformUrn.of(platform), name, FabricType.of(env));
  }

  /**
   * Parses the text of an mlModelGroup URN.
   *
   * @throws UrnSyntaxException if the text is malformed, names another entity type or an unknown env
   */
  @JsonCreator
  public static MLModelGroupUrn parse(String text) {
    return new MLModelGroupUrn(parseScoped(text, ENTITY_TYPE));
  }
}
