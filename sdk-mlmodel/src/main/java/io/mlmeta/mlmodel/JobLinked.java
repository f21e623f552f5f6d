package io.mlmeta.mlmodel;

import io.mlmeta.urn.Urn;

/** The training and downstream jobs that models and groups share; for their builders. */
interface JobLinked<E> {
  /** Adds a job or run that trained the entity (a dataJob or dataProcessInstance URN), unless it is there. */
  E addTrainingJob(Urn job);

  /** Adds a job that uses the entity (a dataJob or dataProcessInstance URN), unless it is there. */
  E addDownstreamJob(Urn job);
}
