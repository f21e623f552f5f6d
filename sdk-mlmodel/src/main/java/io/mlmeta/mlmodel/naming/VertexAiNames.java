package io.mlmeta.mlmodel.naming;

import io.mlmeta.internal.Checks;
import io.mlmeta.internal.DataHubGuid;
import io.mlmeta.mlmodel.ExperimentKey;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelBuilder;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.VersionSetUrn;
import java.util.Map;
import java.util.Objects;

/**
 * The names DataHub's Vertex AI connector ({@code datahub/ingestion/source/vertexai/}, its
 * {@code VertexAINameFormatter} and {@code VertexAIUrnBuilder}) gives Vertex AI objects: every name starts with the
 * project id and the kind of object, {@code <project>.<kind>.<id>}.
 * <table>
 *   <caption>Vertex AI objects and their DataHub names</caption>
 *   <tr><th>Vertex AI</th><th>DataHub entity</th><th>name</th></tr>
 *   <tr><td>model (registry entry)</td><td>mlModelGroup</td><td>{@code (vertexai, <project>.model_group.<model id>,
 *     <env>)}</td></tr>
 *   <tr><td>model version</td><td>mlModel</td><td>{@code (vertexai, <project>.model.<model id>_<version id>,
 *     <env>)}</td></tr>
 *   <tr><td>its version set</td><td>versionSet</td><td>{@code (datahub_guid({"platform": "vertexai", "name":
 *     <model id>}), mlModel)}</td></tr>
 *   <tr><td>endpoint</td><td>mlModelDeployment</td><td>{@code (vertexai, <project>.endpoint.<endpoint id>,
 *     <env>)}</td></tr>
 *   <tr><td>training job</td><td>dataProcessInstance</td><td>{@code <project>.job.<job name>}, not hashed</td></tr>
 *   <tr><td>experiment</td><td>container</td><td>{@code datahub_guid({"platform": "vertexai", "instance"?,
 *     "id": <project>.experiment.<name>})}: the platform <em>name</em>, unlike the MLflow connector</td></tr>
 *   <tr><td>experiment run</td><td>dataProcessInstance</td>
 *     <td>{@code <project>.experiment_run.<experiment>-<run>}, not hashed</td></tr>
 * </table>
 * Ids are Vertex AI resource ids ({@code Model.name}, {@code Endpoint.name} in its Python SDK), not display names;
 * releases of the connector before 2025 named endpoints by display name.
 *
 * <pre>{@code
 * VertexAiNames vertex = VertexAiNames.of("my-project");
 * MLModel v3 = vertex.newModelVersion("8129741021", "3").addAlias("default").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VertexAiNames {
  /** The platform name, {@value}. */
  public static final String PLATFORM = "vertexai";

  private static final DataPlatformUrn PLATFORM_URN = DataPlatformUrn.of(PLATFORM);

  private final String project;
  private final FabricType env;
  private final String instance;

  private VertexAiNames(String project, FabricType env, String instance) {
    this.project = project;
    this.env = env;
    this.instance = instance;
  }

  /** The connector's names for project {@code projectId}, in env {@code PROD} without a platform instance. */
  public static VertexAiNames of(String projectId) {
    Checks.checkNotEmpty("projectId", projectId);
    return new VertexAiNames(projectId, FabricType.PROD, null);
  }

  /** These names for a connector configured with {@code env}. */
  public VertexAiNames withEnv(FabricType env) {
    return new VertexAiNames(project, Objects.requireNonNull(env, "env"), instance);
  }

  /** These names for a connector configured with {@code platform_instance}; it is part of experiment keys. */
  public VertexAiNames withPlatformInstance(String platformInstance) {
    Checks.checkNotEmpty("platformInstance", platformInstance);
    return new VertexAiNames(project, env, platformInstance);
  }

  /** The mlModelGroup URN of model {@code modelId}. */
  public MLModelGroupUrn modelGroup(String modelId) {
    Objects.requireNonNull(modelId, "modelId");
    return MLModelGroupUrn.of(PLATFORM_URN, name("model_group", modelId), env);
  }

  /** The mlModel URN of version {@code versionId} of model {@code modelId}. */
  public MLModelUrn modelVersion(String modelId, String versionId) {
    Objects.requireNonNull(modelId, "modelId");
    Checks.checkNotEmpty("versionId", versionId);
    return MLModelUrn.of(PLATFORM_URN, name("model", modelId) + "_" + versionId, env);
  }

  /** The version set the versions of model {@code modelId} share. */
  public VersionSetUrn versionSet(String modelId) {
    Checks.checkNotEmpty("modelId", modelId);
    return VersionSetUrn.of(DataHubGuid.of(Map.of("platform", PLATFORM, "name", modelId)), MLModelUrn.ENTITY_TYPE);
  }

  /** The mlModelDeployment URN of endpoint {@code endpointId}. */
  public MLModelDeploymentUrn endpoint(String endpointId) {
    Objects.requireNonNull(endpointId, "endpointId");
    return MLModelDeploymentUrn.of(PLATFORM_URN, name("endpoint", endpointId), env);
  }

  /** The dataProcessInstance URN of training job {@code jobName}. */
  public DataProcessInstanceUrn trainingJob(String jobName) {
    Objects.requireNonNull(jobName, "jobName");
    return DataProcessInstanceUrn.of(name("job", jobName));
  }

  /** The key of experiment {@code experimentName}. */
  public ExperimentKey experimentKey(String experimentName) {
    Objects.requireNonNull(experimentName, "experimentName");
    return ExperimentKey.of(PLATFORM, instance, name("experiment", experimentName));
  }

  /** The container URN of experiment {@code experimentName}. */
  public ContainerUrn experiment(String experimentName) {
    Objects.requireNonNull(experimentName, "experimentName");
    return experimentKey(experimentName).urn();
  }

  /** The dataProcessInstance URN of run {@code runName} of experiment {@code experimentName}. */
  public DataProcessInstanceUrn experimentRun(String experimentName, String runName) {
    Checks.checkNotEmpty("experimentName", experimentName);
    Checks.checkNotEmpty("runName", runName);
    return DataProcessInstanceUrn.of(name("experiment_run", experimentName + "-" + runName));
  }

  /**
   * A builder of version {@code versionId} of model {@code modelId}: named by {@link #modelVersion}, in the
   * model's group and {@link #versionSet}.
   */
  public MLModelBuilder newModelVersion(String modelId, String versionId) {
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(versionId, "versionId");
    return MLModel.builder().platform(PLATFORM_URN).name(modelVersion(modelId, versionId).name()).env(env)
        .modelGroup(modelGroup(modelId)).version(versionId, versionSet(modelId));
  }

  private String name(String kind, String id) {
    Checks.checkNotEmpty(kind + " id", id);
    return project + "." + kind + "." + id;
  }

  @Override
  public String toString() {
    return "VertexAiNames[project=" + project + ", env=" + env + (instance == null ? "" : ", instance=" + instance)
        + "]";
  }
}
