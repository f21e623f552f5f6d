package io.mlmeta.aspect;

import java.util.Set;

/** The entity type names the SDK works with, and the sets of them that common aspects attach to. */
public final class EntityTypes {
  public static final String ML_MODEL = "mlModel";
  public static final String ML_MODEL_GROUP = "mlModelGroup";
  public static final String ML_MODEL_DEPLOYMENT = "mlModelDeployment";
  public static final String ML_FEATURE = "mlFeature";
  public static final String DATA_PROCESS_INSTANCE = "dataProcessInstance";
  public static final String CONTAINER = "container";
  public static final String DATASET = "dataset";
  public static final String VERSION_SET = "versionSet";
  public static final String DATA_JOB = "dataJob";
  public static final String DATA_FLOW = "dataFlow";

  /** Entities that carry the governance aspects (ownership, tags, terms, deprecation, status, browse paths). */
  public static final Set<String> GOVERNED = Set.of(ML_MODEL, ML_MODEL_GROUP, ML_MODEL_DEPLOYMENT, CONTAINER,
      DATASET, DATA_JOB, DATA_FLOW, ML_FEATURE);

  /** Every entity type above: for aspects such as {@code status} that any entity may carry. */
  public static final Set<String> ALL = Set.of(ML_MODEL, ML_MODEL_GROUP, ML_MODEL_DEPLOYMENT, ML_FEATURE,
      DATA_PROCESS_INSTANCE, CONTAINER, DATASET, VERSION_SET, DATA_JOB, DATA_FLOW);

  private EntityTypes() {}
}
