package io.mlmeta.mlmodel.naming;

import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.ExperimentBuilder;
import io.mlmeta.mlmodel.ExperimentKey;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelBuilder;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.MLModelGroupBuilder;
import io.mlmeta.mlmodel.ModelRegistration;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.TrainingRunBuilder;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.VersionSetUrn;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The names DataHub's MLflow connector ({@code datahub/ingestion/source/mlflow.py}) gives MLflow objects, so that
 * what this SDK writes about an experiment, run, registered model or model version lands on the entity the
 * connector writes, not on a look-alike:
 * <table>
 *   <caption>MLflow objects and their DataHub names</caption>
 *   <tr><th>MLflow</th><th>DataHub entity</th><th>name</th></tr>
 *   <tr><td>experiment, by <em>name</em></td><td>container</td>
 *     <td>{@code datahub_guid({"platform": "urn:li:dataPlatform:mlflow", "id": <experiment name>})}</td></tr>
 *   <tr><td>run</td><td>dataProcessInstance</td>
 *     <td>{@code datahub_guid({"id": <run id>, "orchestrator": "mlflow"})}</td></tr>
 *   <tr><td>registered model</td><td>mlModelGroup</td><td>{@code (mlflow, <name>, <env>)}</td></tr>
 *   <tr><td>model version</td><td>mlModel</td><td>{@code (mlflow, <name>_<version>, <env>)}</td></tr>
 *   <tr><td>its version set</td><td>versionSet</td>
 *     <td>{@code (datahub_guid({"platform": "mlflow", "name": <registered model name>}), mlModel)}: one set per
 *     registered model, shared by its versions</td></tr>
 *   <tr><td>stage</td><td>tag</td><td>{@code mlflow_<stage in lower case>}</td></tr>
 * </table>
 * The connector's settings that change names are its {@code env} ({@link #withEnv}) and
 * {@code model_name_separator} ({@link #withModelNameSeparator}); the defaults are {@code PROD} and {@code "_"}.
 * Builders for new entities carry the names and the aspects that hold the key: {@link #newExperiment},
 * {@link #newRun}, {@link #newRegisteredModel}, {@link #newModelVersion}; {@link #newRegistration} starts the
 * registration of a model version MLflow registered.
 *
 * <pre>{@code
 * MlflowNames mlflow = MlflowNames.defaults();
 * MLModel v2 = mlflow.newModelVersion("churn-model", "2").addAlias("champion").build();
 * v2.urn();          // urn:li:mlModel:(urn:li:dataPlatform:mlflow,churn-model_2,PROD)
 * v2.versionSet();   // the set every version of churn-model is in
 * TrainingRun run = mlflow.newRun(runId).experiment(mlflow.experiment("churn")).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MlflowNames {
  /** The platform name, {@value}. */
  public static final String PLATFORM = "mlflow";

  private static final DataPlatformUrn PLATFORM_URN = DataPlatformUrn.of(PLATFORM);
  private static final MlflowNames DEFAULTS = new MlflowNames(FabricType.PROD, "_");

  private final FabricType env;
  private final String separator;

  private MlflowNames(FabricType env, String separator) {
    this.env = env;
    this.separator = separator;
  }

  /** The connector's names with its default settings: env {@code PROD}, model name separator {@code "_"}. */
  public static MlflowNames defaults() {
    return DEFAULTS;
  }

  /** These names for a connector configured with {@code env}; only models and groups carry the env. */
  public MlflowNames withEnv(FabricType env) {
    return new MlflowNames(Objects.requireNonNull(env, "env"), separator);
  }

  /** These names for a connector whose {@code model_name_separator} is {@code separator} (e.g. {@code "-"}). */
  public MlflowNames withModelNameSeparator(String separator) {
    return new MlflowNames(env, Objects.requireNonNull(separator, "modelNameSeparator"));
  }

  /** The env models and groups are named in. */
  public FabricType env() {
    return env;
  }

  /**
   * The key of the experiment named {@code experimentName}: the connector keys experiments by name (not by
   * MLflow's numeric experiment id) and hashes the platform URN.
   */
  public ExperimentKey experimentKey(String experimentName) {
    Objects.requireNonNull(experimentName, "experimentName");
    return ExperimentKey.of(PLATFORM_URN.toString(), experimentName);
  }

  /** The container URN of the experiment named {@code experimentName}. */
  public ContainerUrn experiment(String experimentName) {
    return experimentKey(experimentName).urn();
  }

  /** The dataProcessInstance URN of run {@code runId}, {@link TrainingRun#urnOf TrainingRun.urnOf("mlflow", runId)}. */
  public DataProcessInstanceUrn run(String runId) {
    return TrainingRun.urnOf(PLATFORM, runId);
  }

  /** The mlModelGroup URN of the registered model {@code name}. */
  public MLModelGroupUrn registeredModel(String name) {
    return MLModelGroupUrn.of(PLATFORM_URN, name, env);
  }

  /** The mlModel URN of version {@code version} of registered model {@code name}: {@code <name>_<version>}. */
  public MLModelUrn modelVersion(String name, String version) {
    Checks.checkNotEmpty("registered model name", name);
    Checks.checkNotEmpty("version", version);
    return MLModelUrn.of(PLATFORM_URN, name + separator + version, env);
  }

  /** The version set the versions of registered model {@code name} share. */
  public VersionSetUrn versionSet(String name) {
    Checks.checkNotEmpty("registered model name", name);
    return VersionSetUrn.of(DataHubGuid.of(Map.of("platform", PLATFORM, "name", name)), MLModelUrn.ENTITY_TYPE);
  }

  /** The tag of model version stage {@code stage} ({@code "Production"} is {@code urn:li:tag:mlflow_production}). */
  public TagUrn stageTag(String stage) {
    Checks.checkNotEmpty("stage", stage);
    return TagUrn.of(PLATFORM + "_" + stage.toLowerCase(Locale.ROOT));
  }

  /**
   * A builder of the experiment named {@code experimentName} as the connector writes it: its key (the custom
   * properties start with {@code platform: "urn:li:dataPlatform:mlflow"} and {@code id}), sub-type
   * {@code "ML Experiment"}, named by the experiment name.
   */
  public ExperimentBuilder newExperiment(String experimentName) {
    return Experiment.builder().key(experimentKey(experimentName));
  }

  /**
   * A builder of run {@code runId}: named by {@link #run}, on platform {@code mlflow}, with the run id in
   * {@code mlTrainingRunProperties.id}, as the connector writes runs.
   */
  public TrainingRunBuilder newRun(String runId) {
    return TrainingRun.builder().runId(runId).orchestrator(PLATFORM).platform(PLATFORM_URN);
  }

  /** A builder of the group of registered model {@code name}. */
  public MLModelGroupBuilder newRegisteredModel(String name) {
    return MLModelGroup.builder().platform(PLATFORM_URN).name(name).env(env);
  }

  /**
   * A builder of version {@code version} of registered model {@code name}: named by {@link #modelVersion}, in the
   * registered model's group and {@link #versionSet}, version {@code version} (sort key zero-padded to ten).
   */
  public MLModelBuilder newModelVersion(String name, String version) {
    MLModelUrn urn = modelVersion(name, version);
    return MLModel.builder().platform(PLATFORM_URN).name(urn.name()).env(env).modelGroup(registeredModel(name))
        .version(version, versionSet(name));
  }

  /**
   * A registration of version {@code version} of registered model {@code name}, named as the connector names it:
   * model {@link #modelVersion}, group {@link #registeredModel}, set {@link #versionSet}. Add the aliases, training
   * run ({@link #run}), metrics and owners MLflow knows and hand it to {@code ModelVersions.register}.
   */
  public ModelRegistration.Builder newRegistration(String name, String version) {
    return ModelRegistration.builder().model(modelVersion(name, version)).group(registeredModel(name))
        .versionSet(versionSet(name)).version(version);
  }

  @Override
  public String toString() {
    return "MlflowNames[env=" + env + ", modelNameSeparator=" + separator + "]";
  }
}
