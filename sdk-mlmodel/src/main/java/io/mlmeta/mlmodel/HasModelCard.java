package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.entity.Modifiable;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.MLModelCaveatsAndRecommendations;
import io.mlmeta.mlmodel.aspect.MLModelEthicalConsiderations;
import io.mlmeta.mlmodel.aspect.MLModelEvaluationData;
import io.mlmeta.mlmodel.aspect.MLModelFactorPrompts;
import io.mlmeta.mlmodel.aspect.MLModelMetrics;
import io.mlmeta.mlmodel.aspect.MLModelQuantitativeAnalyses;
import io.mlmeta.mlmodel.aspect.MLModelTrainingData;
import java.util.Objects;
import java.util.Optional;

/**
 * The model card of a model (Mitchell et al., 2019): one aspect per section, each replaced as a whole by its
 * setter.
 *
 * <pre>{@code
 * model.setIntendedUse(IntendedUse.builder()
 *     .addPrimaryUse("Predict customer churn to enable proactive retention campaigns")
 *     .addPrimaryUser(IntendedUserType.ENTERPRISE)
 *     .build());
 * }</pre>
 *
 * @param <E> the concrete entity type
 */
public interface HasModelCard<E> extends Modifiable<E> {
  /** What the model is for and for whom ({@code intendedUse}), if recorded. */
  default Optional<IntendedUse> intendedUse() {
    return aspect(IntendedUse.TYPE);
  }

  /** Sets what the model is for and for whom. */
  default E setIntendedUse(IntendedUse intendedUse) {
    return replace(IntendedUse.TYPE, intendedUse, "intendedUse");
  }

  /** The factors that affect the model's performance ({@code mlModelFactorPrompts}), if recorded. */
  default Optional<MLModelFactorPrompts> factorPrompts() {
    return aspect(MLModelFactorPrompts.TYPE);
  }

  /** Sets the factors that affect the model's performance. */
  default E setFactorPrompts(MLModelFactorPrompts factorPrompts) {
    return replace(MLModelFactorPrompts.TYPE, factorPrompts, "factorPrompts");
  }

  /** The measures of performance and decision thresholds ({@code mlModelMetrics}), if recorded. */
  default Optional<MLModelMetrics> metrics() {
    return aspect(MLModelMetrics.TYPE);
  }

  /** Sets the measures of performance and decision thresholds. */
  default E setMetrics(MLModelMetrics metrics) {
    return replace(MLModelMetrics.TYPE, metrics, "metrics");
  }

  /** The datasets the model was evaluated on ({@code mlModelEvaluationData}), if recorded. */
  default Optional<MLModelEvaluationData> evaluationData() {
    return aspect(MLModelEvaluationData.TYPE);
  }

  /** Sets the datasets the model was evaluated on. */
  default E setEvaluationData(MLModelEvaluationData evaluationData) {
    return replace(MLModelEvaluationData.TYPE, evaluationData, "evaluationData");
  }

  /** The datasets the model was trained on ({@code mlModelTrainingData}), if recorded. */
  default Optional<MLModelTrainingData> trainingData() {
    return aspect(MLModelTrainingData.TYPE);
  }

  /** Sets the datasets the model was trained on. */
  default E setTrainingData(MLModelTrainingData trainingData) {
    return replace(MLModelTrainingData.TYPE, trainingData, "trainingData");
  }

  /** Links to disaggregated results ({@code mlModelQuantitativeAnalyses}), if recorded. */
  default Optional<MLModelQuantitativeAnalyses> quantitativeAnalyses() {
    return aspect(MLModelQuantitativeAnalyses.TYPE);
  }

  /** Sets the links to disaggregated results. */
  default E setQuantitativeAnalyses(MLModelQuantitativeAnalyses quantitativeAnalyses) {
    return replace(MLModelQuantitativeAnalyses.TYPE, quantitativeAnalyses, "quantitativeAnalyses");
  }

  /** Sensitive data, risks and mitigations ({@code mlModelEthicalConsiderations}), if recorded. */
  default Optional<MLModelEthicalConsiderations> ethicalConsiderations() {
    return aspect(MLModelEthicalConsiderations.TYPE);
  }

  /** Sets the sensitive data, risks and mitigations. */
  default E setEthicalConsiderations(MLModelEthicalConsiderations ethicalConsiderations) {
    return replace(MLModelEthicalConsiderations.TYPE, ethicalConsiderations, "ethicalConsiderations");
  }

  /** Caveats and recommendations ({@code mlModelCaveatsAndRecommendations}), if recorded. */
  default Optional<MLModelCaveatsAndRecommendations> caveatsAndRecommendations() {
    return aspect(MLModelCaveatsAndRecommendations.TYPE);
  }

  /** Sets the caveats and recommendations. */
  default E setCaveatsAndRecommendations(MLModelCaveatsAndRecommendations caveatsAndRecommendations) {
    return replace(MLModelCaveatsAndRecommendations.TYPE, caveatsAndRecommendations, "caveatsAndRecommendations");
  }

  private <A extends Aspect> E replace(AspectType<A> type, A value, String field) {
    Objects.requireNonNull(value, field);
    return modify(type, current -> value);
  }
}
