package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strings as shared/spec/aspects.md §10 lists them; the UI matches them exactly. */
class MLAssetSubTypesTest {
  @Test
  void mlflowSubTypes() {
    assertThat(MLAssetSubTypes.ML_TRAINING_RUN).isEqualTo("ML Training Run");
    assertThat(MLAssetSubTypes.ML_EXPERIMENT).isEqualTo("ML Experiment");
  }

  @Test
  void vertexSubTypesAndFolder() {
    assertThat(new String[] {
        MLAssetSubTypes.VERTEX_EXPERIMENT, MLAssetSubTypes.VERTEX_EXPERIMENT_RUN, MLAssetSubTypes.VERTEX_EXECUTION,
        MLAssetSubTypes.VERTEX_MODEL, MLAssetSubTypes.VERTEX_MODEL_GROUP, MLAssetSubTypes.VERTEX_MODEL_EVALUATION,
        MLAssetSubTypes.VERTEX_TRAINING_JOB, MLAssetSubTypes.VERTEX_ENDPOINT, MLAssetSubTypes.VERTEX_DATASET,
        MLAssetSubTypes.VERTEX_PROJECT, MLAssetSubTypes.VERTEX_PIPELINE, MLAssetSubTypes.VERTEX_PIPELINE_TASK,
        MLAssetSubTypes.VERTEX_PIPELINE_TASK_RUN, MLAssetSubTypes.FOLDER})
        .containsExactly("Experiment", "Experiment Run", "Execution", "ML Model", "ML Model Group",
            "Model Evaluation", "Training Job", "Endpoint", "Dataset", "Project", "Pipeline", "Task", "Task Run",
            "Folder");
  }
}
