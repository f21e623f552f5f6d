package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.aspect.BaseData;
import io.mlmeta.mlmodel.aspect.IntendedUse;
import io.mlmeta.mlmodel.aspect.IntendedUserType;
import io.mlmeta.mlmodel.aspect.MLModelEthicalConsiderations;
import io.mlmeta.mlmodel.aspect.MLModelTrainingData;
import io.mlmeta.mlmodel.aspect.SourceCode;
import io.mlmeta.mlmodel.aspect.SourceCodeUrl;
import io.mlmeta.mlmodel.aspect.SourceCodeUrlType;
import io.mlmeta.urn.DatasetUrn;
import java.io.PrintStream;

/**
 * Writes the model card of the customer churn model (intended use, training data, source code, ethical
 * considerations): the Java form of DataHub's {@code mlmodel_update_aspects.py}, with typed setters where the
 * Python snippet calls the private {@code _set_aspect}.
 */
public final class UpdateModelAspects {
  private UpdateModelAspects() {}

  /** Sets the four aspects on the model {@link CreateModel} made and returns the model as saved. */
  public static MLModel run(DataHubClient client, PrintStream out) {
    MLModel model = client.entities().get(CreateModel.MODEL, MLModel.class);

    model.setIntendedUse(IntendedUse.builder()
        .addPrimaryUse("Predict customer churn to enable proactive retention campaigns")
        .addPrimaryUse("Identify high-risk customers for targeted interventions")
        .addPrimaryUser(IntendedUserType.ENTERPRISE)
        .addOutOfScopeUse("Not suitable for real-time predictions (batch inference only)")
        .addOutOfScopeUse("Not trained on international markets outside North America")
        .build());

    model.setTrainingData(MLModelTrainingData.of(BaseData.builder()
        .dataset(DatasetUrn.of("snowflake", "prod.analytics.customer_features"))
        .motivation("Historical customer data with confirmed churn labels")
        .addPreProcessing("Removed customers with less than 30 days of history")
        .addPreProcessing("Standardized numerical features using StandardScaler")
        .addPreProcessing("One-hot encoded categorical variables")
        .build()));

    model.setSourceCode(SourceCode.of(SourceCodeUrl.of(SourceCodeUrlType.ML_MODEL_SOURCE_CODE,
        "https://github.com/example/ml-models/tree/main/churn-predictor")));

    model.setEthicalConsiderations(MLModelEthicalConsiderations.builder()
        .addData("Model uses demographic data (age, location) which may be sensitive")
        .addRisksAndHarm("Predictions may disproportionately affect certain customer segments")
        .addRisksAndHarm("False positives could lead to unnecessary retention spending")
        .addMitigation("Regular bias audits conducted quarterly")
        .addMitigation("Human review required for high-value customer interventions")
        .build());

    client.entities().update(model);
    out.println("Updated aspects for model: " + model.urn());
    return model;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
