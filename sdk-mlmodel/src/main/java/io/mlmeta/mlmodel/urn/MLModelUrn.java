package io.mlmeta.mlmodel.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.PlatformScopedUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.Objects;

/**
 * An ML model (one version of a trained model):
 * {@code urn:li:mlModel:(urn:li:dataPlatform:<platform>,<name>,<ENV>)}.
 *
 * <pre>{@code
 * MLModelUrn urn = MLModelUrn.of("mlflow", "churn_model");
 * urn.toString();   // "urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model,PROD)"
 * }</pre>
 */
public final class MLModelUrn extends PlatformScopedUrn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "mlModel";

  private MLModelUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of model {@code name} on {@code platform} in {@code env}. */
  public static MLModelUrn of(DataPlatformUrn platform, String name, FabricType env) {
    return new MLModelUrn(build(ENTITY_TYPE, platform, name, env));
  }

  /** Returns the URN of model {@code name} on {@code platform} (a name or platform URN) in PROD. */
  public static MLModelUrn of(String platform, String name) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    return of(DataPlatformUrn.of(platform), name, FabricType.PROD);
  }

  /** Returns the URN of model {@code name} on {@code platform} in {@code env} (any case, e.g. "prod"). */
  public static MLModelUrn of(String platform, String name, String env) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    return of(DataPlatformUrn.of(platform), name, FabricType.of(env));
  }

  /**
   * Parses the text of an mlModel URN.
   *
   * @throws UrnSyntaxException if the text is malformed, names another entity type or an unknown env
   */
  @JsonCreator
  public static MLModelUrn parse(String text) {
    return new MLModelUrn(parseScoped(text, ENTITY_TYPE));
  }
}
