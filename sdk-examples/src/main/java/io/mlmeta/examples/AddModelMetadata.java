package io.mlmeta.examples;

import io.mlmeta.DataHubClient;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.TagUrn;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds hyperparameters, training metrics, an owner, two tags and a domain to the customer churn model: the Java form
 * of DataHub's {@code mlmodel_add_metadata.py}. Reads the model, changes it, and saves the changed aspects with
 * conditional writes, so that nothing another writer added meanwhile is lost.
 */
public final class AddModelMetadata {
  private AddModelMetadata() {}

  /** Adds the metadata to the model {@link CreateModel} made and returns the model as saved. */
  public static MLModel run(DataHubClient client, PrintStream out) {
    MLModel model = client.entities().get(CreateModel.MODEL, MLModel.class);

    Map<String, String> hyperParams = new LinkedHashMap<>();
    hyperParams.put("learning_rate", "0.1");
    hyperParams.put("max_depth", "6");
    hyperParams.put("n_estimators", "100");
    hyperParams.put("subsample", "0.8");
    hyperParams.put("colsample_bytree", "0.8");
    model.setHyperParams(hyperParams);

    Map<String, String> metrics = new LinkedHashMap<>();
    metrics.put("accuracy", "0.87");
    metrics.put("precision", "0.84");
    metrics.put("recall", "0.82");
    metrics.put("f1_score", "0.83");
    metrics.put("auc_roc", "0.91");
    model.setTrainingMetrics(metrics);

    model.addOwner(CorpUserUrn.of("data_science_team"));
    model.addTag(TagUrn.of("production"));
    model.addTag(TagUrn.of("classification"));
    model.setDomain(DomainUrn.of("customer-analytics"));

    client.entities().update(model);
    out.println("Updated ML model: " + model.urn());
    return model;
  }

  /** Runs the example against {@code DATAHUB_GMS_URL}, or the local store when that is unset. */
  public static void main(String[] args) {
    try (DataHubClient client = Examples.client()) {
      run(client, System.out);
    }
  }
}
