package io.mlmeta.mlmodel.internal;

import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.urn.Urn;
import java.util.List;

/** Checks shared by the ML aspects, naming the field and value they refuse. */
public final class MLChecks {
  private MLChecks() {}

  /** Refuses a missing {@code job} or one that is neither a dataJob nor a dataProcessInstance, naming {@code field}. */
  public static void checkJob(String field, Urn job) {
    if (job == null) {
      throw new NullPointerException(field);
    }
    checkJobs(field, List.of(job));
  }

  /** Refuses a job URN that is neither a dataJob nor a dataProcessInstance (training and downstream jobs). */
  public static void checkJobs(String field, List<Urn> jobs) {
    for (Urn job : jobs) {
      String type = job.entityType();
      if (!type.equals(EntityTypes.DATA_JOB) && !type.equals(EntityTypes.DATA_PROCESS_INSTANCE)) {
        throw new IllegalArgumentException(field + " must hold dataJob or dataProcessInstance URNs but held " + job);
      }
    }
  }
}
