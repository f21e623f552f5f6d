package io.mlmeta.lineage;

/** Which way a lineage walk goes from its start. */
public enum LineageDirection {
  /**
   * Towards what the start was made from: a model's training runs, their input datasets, the model card's datasets,
   * its features and their tables.
   */
  UPSTREAM,
  /**
   * Towards what was made from the start: a dataset's runs, the models they trained, the models' groups and
   * deployments.
   */
  DOWNSTREAM
}
