package io.mlmeta.mlmodel.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.PlatformScopedUrn;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.Objects;

/**
 * A deployment of an ML model, such as a serving endpoint:
 * {@code urn:li:mlModelDeployment:(urn:li:dataPlatform:<platform>,<name>,<ENV>)}.
 *
 * <pre>{@code
 * MLModelDeploymentUrn urn = MLModelDeploymentUrn.of("sagemaker", "churn-endpoint");
 * urn.toString();   // "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,churn-endpoint,PROD)"
 * }</pre>
 */
public final class MLModelDeploymentUrn extends PlatformScopedUrn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "mlModelDeployment";

  private MLModelDeploymentUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of deployment {@code name} on {@code platform} in {@code env}. */
  public static MLModelDeploymentUrn of(DataPlatformUrn platform, String name, FabricType env) {
    return new MLModelDeploymentUrn(build(ENTITY_TYPE, platform, name, env));
  }

  /** Returns the URN of deployment {@code name} on {@code platform} (a name or platform URN) in PROD. */
  public static MLModelDeploymentUrn of(String platform, String name) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    return of(DataPlatformUrn.of(platform), name, FabricType.PROD);
  }

  /** Returns the URN of deployment {@code name} on {@code platform} in {@code env} (any case, e.g. "prod"). */
  public static MLModelDeploymentUrn of(String platform, String name, String env) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    return of(DataPlatformUrn.of(platform), name, FabricType.of(env));
  }

  /**
   * Parses the text of an mlModelDeployment URN.
   *
   * @throws UrnSyntaxException if the text is malformed, names another entity type or an unknown env
   */
  @JsonCreator
  public static MLModelDeploymentUrn parse(String text) {
    return new MLModelDeploymentUrn(parseScoped(text, ENTITY_TYPE));
  }
}
