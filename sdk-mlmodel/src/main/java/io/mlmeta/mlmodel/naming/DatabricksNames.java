package io.mlmeta.mlmodel.naming;

import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelBuilder;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.MLModelGroupBuilder;
import io.mlmeta.mlmodel.internal.Versions;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.VersionSetUrn;
import java.util.Objects;

/**
 * The names DataHub's Databricks Unity Catalog connector ({@code datahub/ingestion/source/unity/}) gives registered
 * models and their versions: a registered model is the group {@code (databricks, <catalog>.<schema>.<model>,
 * <env>)}, shown by its short name, with the schema as its platform instance; version {@code n} is the model
 * {@code (databricks, <catalog>.<schema>.<model>_<n>, <env>)}.
 *
 * <p>The connector writes versions with DataHub's Python SDK, which puts each version in a version set of its own,
 * {@code datahub_guid({"urn": <version urn>})}; {@link #versionSet} and {@link #newModelVersion} do the same, so the
 * SDK's alias checks across versions ({@code ModelVersions}) have nothing to compare for these models.
 *
 * <pre>{@code
 * DatabricksNames unity = DatabricksNames.defaults();
 * MLModel v1 = unity.newModelVersion("main", "ml", "churn", "1").addAlias("champion").build();
 * }</pre>
 */
public final class DatabricksNames {
  /** The platform name, {@value}. */
  public static final String PLATFORM = "databricks";

  private static final DataPlatformUrn PLATFORM_URN = DataPlatformUrn.of(PLATFORM);
  private static final DatabricksNames DEFAULTS = new DatabricksNames(FabricType.PROD);

  private final FabricType env;

  private DatabricksNames(FabricType env) {
    this.env = env;
  }

  /** The connector's names in env {@code PROD}. */
  public static DatabricksNames defaults() {
    return DEFAULTS;
  }

  /** These names for a connector configured with {@code env}. */
  public DatabricksNames withEnv(FabricType env) {
    return new DatabricksNames(Objects.requireNonNull(env, "env"));
  }

  /** The mlModelGroup URN of registered model {@code catalog.schema.model}. */
  public MLModelGroupUrn registeredModel(String catalog, String schema, String model) {
    return MLModelGroupUrn.of(PLATFORM_URN, fullName(catalog, schema, model), env);
  }

  /** The mlModel URN of version {@code version} of registered model {@code catalog.schema.model}. */
  public MLModelUrn modelVersion(String catalog, String schema, String model, String version) {
    Checks.checkNotEmpty("version", version);
    return MLModelUrn.of(PLATFORM_URN, fullName(catalog, schema, model) + "_" + version, env);
  }

  /** The version set of that version: its own, as the connector writes it. */
  public VersionSetUrn versionSet(String catalog, String schema, String model, String version) {
    return Versions.versionSet(modelVersion(catalog, schema, model, version));
  }

  /**
   * A builder of registered model {@code catalog.schema.model}: named by {@link #registeredModel}, shown as
   * {@code model}, on platform instance {@code schema}.
   */
  public MLModelGroupBuilder newRegisteredModel(String catalog, String schema, String model) {
    return MLModelGroup.builder().platform(PLATFORM_URN).name(fullName(catalog, schema, model)).env(env)
        .platformInstance(schema).displayName(model);
  }

  /**
   * A builder of version {@code version} of registered model {@code catalog.schema.model}: named by
   * {@link #modelVersion}, shown as {@code <model>_<version>}, in the registered model's group and its own version
   * set.
   */
  public MLModelBuilder newModelVersion(String catalog, String schema, String model, String version) {
    MLModelUrn urn = modelVersion(catalog, schema, model, version);
    return MLModel.builder().platform(PLATFORM_URN).name(urn.name()).env(env).displayName(model + "_" + version)
        .modelGroup(registeredModel(catalog, schema, model)).version(version);
  }

  private static String fullName(String catalog, String schema, String model) {
    Checks.checkNotEmpty("catalog", catalog);
    Checks.checkNotEmpty("schema", schema);
    Checks.checkNotEmpty("model", model);
    return catalog + "." + schema + "." + model;
  }

  @Override
  public String toString() {
    return "DatabricksNames[env=" + env + "]";
  }
}
