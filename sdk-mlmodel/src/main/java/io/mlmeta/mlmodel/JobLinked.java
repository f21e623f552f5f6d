package io.mlmeta.mlmodel;

import io.mlmeta.urn.Urn;

/** The training and downstream jobs that models and groups share; for their builders. */
interface JobLinked<E> {
  /** Adds a training run of the entity (a dataProcessInstance or dataJob URN), unless it is there. */
  E addTrainingRun(Urn run);

  /** Adds a job that uses the entity (a dataJob or dataProcessInstance URN), unless it is there. */
  E addDownstreamJob(Urn job);
}
