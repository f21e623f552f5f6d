package io.mlmeta.mlmodel.naming;

import io.mlmeta.internal.Checks;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.FabricType;
import java.util.Objects;

/**
 * The names DataHub's SageMaker connector ({@code datahub/ingestion/source/aws/sagemaker_processors/}) gives
 * SageMaker objects: models, model package groups and endpoints by their SageMaker names; each job is a dataJob in a
 * dataFlow of its own, {@code (sagemaker, <job type>:<job name>, <env>)}, identified by its ARN. The connector
 * writes no version sets or experiments; a job is a dataJob, so it links to a model as a training or downstream job,
 * not as a {@code TrainingRun}.
 *
 * <pre>{@code
 * SageMakerNames sagemaker = SageMakerNames.defaults();
 * model.addDeployment(sagemaker.endpoint("churn-endpoint"))
 *     .addTrainingRun(sagemaker.job(SageMakerNames.JobType.TRAINING, "churn-train", trainingJobArn));
 * }</pre>
 */
public final class SageMakerNames {
  /** The platform name, {@value}. */
  public static final String PLATFORM = "sagemaker";

  private static final DataPlatformUrn PLATFORM_URN = DataPlatformUrn.of(PLATFORM);
  private static final SageMakerNames DEFAULTS = new SageMakerNames(FabricType.PROD);

  /** The kinds of SageMaker job, as the connector spells them in flow ids. */
  public enum JobType {
    /** An AutoML job. */
    AUTO_ML("auto_ml"),
    /** A compilation job. */
    COMPILATION("compilation"),
    /** An edge packaging job. */
    EDGE_PACKAGING("edge_packaging"),
    /** A hyperparameter tuning job. */
    HYPER_PARAMETER_TUNING("hyper_parameter_tuning"),
    /** A labeling job. */
    LABELING("labeling"),
    /** A processing job. */
    PROCESSING("processing"),
    /** A training job. */
    TRAINING("training"),
    /** A batch transform job. */
    TRANSFORM("transform");

    private final String value;

    JobType(String value) {
      this.value = value;
    }

    /** The connector's spelling, e.g. {@code "training"}. */
    public String value() {
      return value;
    }
  }

  private final FabricType env;

  private SageMakerNames(FabricType env) {
    this.env = env;
  }

  /** The connector's names in env {@code PROD}. */
  public static SageMakerNames defaults() {
    return DEFAULTS;
  }

  /** These names for a connector configured with {@code env}. */
  public SageMakerNames withEnv(FabricType env) {
    return new SageMakerNames(Objects.requireNonNull(env, "env"));
  }

  /** The mlModel URN of model {@code modelName}. */
  public MLModelUrn model(String modelName) {
    Objects.requireNonNull(modelName, "modelName");
    return MLModelUrn.of(PLATFORM_URN, modelName, env);
  }

  /** The mlModelGroup URN of model package group {@code groupName}. */
  public MLModelGroupUrn modelPackageGroup(String groupName) {
    Objects.requireNonNull(groupName, "groupName");
    return MLModelGroupUrn.of(PLATFORM_URN, groupName, env);
  }

  /** The mlModelDeployment URN of endpoint {@code endpointName}. */
  public MLModelDeploymentUrn endpoint(String endpointName) {
    Objects.requireNonNull(endpointName, "endpointName");
    return MLModelDeploymentUrn.of(PLATFORM_URN, endpointName, env);
  }

  /** The dataFlow of the job {@code jobName} of kind {@code type}. */
  public DataFlowUrn jobFlow(JobType type, String jobName) {
    Objects.requireNonNull(type, "jobType");
    Checks.checkNotEmpty("jobName", jobName);
    return DataFlowUrn.of(PLATFORM, type.value() + ":" + jobName, env.name());
  }

  /** The dataJob URN of job {@code jobName} of kind {@code type}, whose ARN is {@code jobArn}. */
  public DataJobUrn job(JobType type, String jobName, String jobArn) {
    Checks.checkNotEmpty("jobArn", jobArn);
    return DataJobUrn.of(jobFlow(type, jobName), jobArn);
  }

  @Override
  public String toString() {
    return "SageMakerNames[env=" + env + "]";
  }
}
