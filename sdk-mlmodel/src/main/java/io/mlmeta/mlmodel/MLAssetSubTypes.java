package io.mlmeta.mlmodel;

/**
 * The sub-type names DataHub's ML ingestion sources put in {@code subTypes.typeNames} (Python's
 * {@code MLAssetSubTypes}); the UI shows and filters by them, so send them exactly as given here.
 *
 * <pre>{@code
 * // a training run's subTypes aspect: {"typeNames":["ML Training Run"]}
 * List<String> typeNames = List.of(MLAssetSubTypes.ML_TRAINING_RUN);
 * }</pre>
 */
public final class MLAssetSubTypes {
  /** A training run, a dataProcessInstance (Python: {@code MLFLOW_TRAINING_RUN}). */
  public static final String ML_TRAINING_RUN = "ML Training Run";
  /** An experiment, a container of training runs (Python: {@code MLFLOW_EXPERIMENT}). */
  public static final String ML_EXPERIMENT = "ML Experiment";

  /** A Vertex AI experiment (container). */
  public static final String VERTEX_EXPERIMENT = "Experiment";
  /** A Vertex AI experiment run. */
  public static final String VERTEX_EXPERIMENT_RUN = "Experiment Run";
  /** A Vertex AI execution. */
  public static final String VERTEX_EXECUTION = "Execution";
  /** A Vertex AI model. */
  public static final String VERTEX_MODEL = "ML Model";
  /** A Vertex AI model group. */
  public static final String VERTEX_MODEL_GROUP = "ML Model Group";
  /** A Vertex AI model evaluation. */
  public static final String VERTEX_MODEL_EVALUATION = "Model Evaluation";
  /** A Vertex AI training job. */
  public static final String VERTEX_TRAINING_JOB = "Training Job";
  /** A Vertex AI endpoint. */
  public static final String VERTEX_ENDPOINT = "Endpoint";
  /** A Vertex AI dataset. */
  public static final String VERTEX_DATASET = "Dataset";
  /** A Vertex AI project (container). */
  public static final String VERTEX_PROJECT = "Project";
  /** A Vertex AI pipeline. */
  public static final String VERTEX_PIPELINE = "Pipeline";
  /** A task of a Vertex AI pipeline. */
  public static final String VERTEX_PIPELINE_TASK = "Task";
  /** A run of a task of a Vertex AI pipeline. */
  public static final String VERTEX_PIPELINE_TASK_RUN = "Task Run";
  /** A folder (container). */
  public static final String FOLDER = "Folder";

  private MLAssetSubTypes() {}
}
