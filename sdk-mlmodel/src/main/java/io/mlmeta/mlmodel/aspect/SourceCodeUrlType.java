package io.mlmeta.mlmodel.aspect;

/** What a source-code link points to ({@code com.linkedin.ml.metadata.SourceCodeUrlType}). */
public enum SourceCodeUrlType {
  /** The model's own code. */
  ML_MODEL_SOURCE_CODE,
  /** The code of the pipeline that trains the model. */
  TRAINING_PIPELINE_SOURCE_CODE,
  /** The code of the pipeline that evaluates the model. */
  EVALUATION_PIPELINE_SOURCE_CODE
}
