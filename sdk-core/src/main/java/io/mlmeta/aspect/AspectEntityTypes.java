package io.mlmeta.aspect;

import java.util.HashSet;
import java.util.Set;

/** Entity-type sets of the common aspects that {@link EntityTypes} does not name (shared/spec/aspects.md §1). */
final class AspectEntityTypes {
  /**
   * The governed entities without {@code mlModelDeployment}, whose registry lacks glossaryTerms, domains,
   * institutionalMemory and browsePathsV2.
   */
  static final Set<String> GOVERNED_EXCEPT_DEPLOYMENT = without(EntityTypes.GOVERNED, EntityTypes.ML_MODEL_DEPLOYMENT);

  /**
   * The governed entities without {@code mlModelDeployment} and {@code mlFeature}: those that carry
   * structuredProperties, applications and documentation.
   */
  static final Set<String> GOVERNED_EXCEPT_DEPLOYMENT_AND_FEATURE =
      without(GOVERNED_EXCEPT_DEPLOYMENT, EntityTypes.ML_FEATURE);

  /** The governed entities plus {@code dataProcessInstance} (training runs). */
  static final Set<String> GOVERNED_AND_RUNS = with(EntityTypes.GOVERNED, EntityTypes.DATA_PROCESS_INSTANCE);

  private AspectEntityTypes() {}

  private static Set<String> without(Set<String> types, String type) {
    Set<String> copy = new HashSet<>(types);
    copy.remove(type);
    return Set.copyOf(copy);
  }

  private static Set<String> with(Set<String> types, String type) {
    Set<String> copy = new HashSet<>(types);
    copy.add(type);
    return Set.copyOf(copy);
  }
}
