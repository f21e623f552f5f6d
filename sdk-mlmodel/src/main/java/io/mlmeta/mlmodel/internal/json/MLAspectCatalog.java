package io.mlmeta.mlmodel.internal.json;

import io.mlmeta.aspect.AspectCatalog;
import io.mlmeta.aspect.AspectType;
import io.mlmeta.mlmodel.aspect.Cost;
import io.mlmeta.mlmodel.aspect.EditableMLModelGroupProperties;
import io.mlmeta.mlmodel.aspect.EditableMLModelProperties;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.MLModelCaveatsAndRecommendations;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.aspect.MLModelEthicalConsiderations;
import io.mlmeta.mlmodel.aspect.MLModelEvaluationData;
import io.mlmeta.mlmodel.aspect.MLModelFactorPrompts;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.aspect.MLModelMetrics;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.aspect.MLModelQuantitativeAnalyses;
import io.mlmeta.mlmodel.aspect.MLModelTrainingData;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.aspect.SourceCode;
import java.util.List;

/** The aspect types sdk-mlmodel defines. */
public final class MLAspectCatalog implements AspectCatalog {
  @Override
  public List<AspectType<?>> aspectTypes() {
    return List.of(
        MLModelProperties.TYPE,
        EditableMLModelProperties.TYPE,
        IntendedUse.TYPE,
        MLModelFactorPrompts.TYPE,
        MLModelMetrics.TYPE,
        MLModelEvaluationData.TYPE,
        MLModelTrainingData.TYPE,
        MLModelQuantitativeAnalyses.TYPE,
        MLModelEthicalConsiderations.TYPE,
        MLModelCaveatsAndRecommendations.TYPE,
        SourceCode.TYPE,
        Cost.TYPE,
        MLModelGroupProperties.TYPE,
        EditableMLModelGroupProperties.TYPE,
        MLModelDeploymentProperties.TYPE,
        MLTrainingRunProperties.TYPE);
  }
}
