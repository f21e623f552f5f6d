package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strings as shared/spec/aspects.md §10 lists them; the UI matches them exactly. */
class MlAssetSubTypesTest {
  @Test
  void mlflowSubTypes() {
    assertThat(MlAssetSubTypes.ML_TRAINING_RUN).isEqualTo("ML Training Run");
    assertThat(MlAssetSubTypes.ML_EXPERIMENT).isEqualTo("ML Experiment");
  }

  @Test
  void vertexSubTypesAndFolder() {
    assertThat(new String[] {
        MlAssetSubTypes.VERTEX_EXPERIMENT, MlAssetSubTypes.VERTEX_EXPERIMENT_RUN, MlAssetSubTypes.VERTEX_EXECUTION,
        MlAssetSubTypes.VERTEX_MODEL, MlAssetSubTypes.VERTEX_MODEL_GROUP, MlAssetSubTypes.VERTEX_MODEL_EVALUATION,
        MlAssetSubTypes.VERTEX_TRAINING_JOB, MlAssetSubTypes.VERTEX_ENDPOINT, MlAssetSubTypes.VERTEX_DATASET,
        MlAssetSubTypes.VERTEX_PROJECT, MlAssetSubTypes.VERTEX_PIPELINE, MlAssetSubTypes.VERTEX_PIPELINE_TASK,
        MlAssetSubTypes.VERTEX_PIPELINE_TASK_RUN, MlAssetSubTypes.FOLDER})
        .containsExactly("Experiment", "Experiment Run", "Execution", "ML Model", "ML Model Group",
            "Model Evaluation", "Training Job", "Endpoint", "Dataset", "Project", "Pipeline", "Task", "Task Run",
            "Folder");
  }
}
