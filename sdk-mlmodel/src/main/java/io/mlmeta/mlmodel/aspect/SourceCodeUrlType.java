package io.mlmeta.mlmodel.aspect;

/** What a source-code link points to ({@code com.linkedin.ml.metadata.SourceCodeUrlType}). */
public enum SourceCodeUrlType {
  /** The model's own code. */
  ML_MODEL_SOURCE_CODE,
  /** The code of the pipeline that trains the model. */
  TRAINING_PIPELINE_SOURCE_CODE,
  /** The code of the pipeline that evaluates the model. */
  EVALUATION_PIPELINE_SOURCE_CODE,
  /**
   * A symbol of a newer DataHub that this SDK does not know. A record read with one keeps the symbol and writes it
   * back unchanged; a record built with it cannot be written.
   */
  UNRECOGNIZED
}
