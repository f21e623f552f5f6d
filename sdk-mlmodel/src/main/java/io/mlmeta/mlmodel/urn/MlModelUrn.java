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
 * MlModelUrn urn = MlModelUrn.of("mlflow", "churn_model");
 * urn.toString();   // "urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn_model,PROD)"
 * }</pre>
 */
public final class MlModelUrn extends PlatformScopedUrn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "mlModel";

  private MlModelUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of model {@code name} on {@code platform} in {@code env}. */
  public static MlModelUrn of(DataPlatformUrn platform, String name, FabricType env) {
    return new MlModelUrn(build(ENTITY_TYPE, platform, name, env));
  }

  /** Returns the URN of model {@code name} on {@code platform} (a name or platform URN) in PROD. */
  public static MlModelUrn of(String platform, String name) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    return of(DataPlatformUrn.of(platform), name, FabricType.PROD);
  }

  /** Returns the URN of model {@code name} on {@code platform} in {@code env} (any case, e.g. "prod"). */
  public static MlModelUrn of(String platform, String name, String env) {
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
  public static MlModelUrn parse(String text) {
    return new MlModelUrn(parseScoped(text, ENTITY_TYPE));
  }
}
