package io.mlmeta.bench;

/**
 * The content of benchmark proposal number {@code i}, identical for both SDKs: an {@code mlModelProperties} aspect
 * of {@code urn:li:mlModel:(urn:li:dataPlatform:mlflow,bench-model-<i>,PROD)} with a description, a type, 10 custom
 * properties, 5 hyperparameters and 5 training metrics (and an empty {@code tags} list, which our SDK always writes).
 */
public final class Payload {
  /** The data platform of every benchmark model. */
  public static final String PLATFORM = "mlflow";
  /** The model type. */
  public static final String TYPE = "XGBClassifier";
  /** The custom property keys; the values depend on the proposal number. */
  public static final String[] PROPERTY_KEYS = {"framework", "framework_version", "python_version", "git_commit",
      "training_dataset", "feature_set", "owner_team", "run_id", "registered_by", "stage"};
  /** The hyperparameter names. */
  public static final String[] HYPER_NAMES = {"learning_rate", "max_depth", "n_estimators", "subsample",
      "colsample_bytree"};
  /** The hyperparameter values, as text. */
  public static final String[] HYPER_VALUES = {"0.1", "6", "100", "0.8", "0.9"};
  /** The training metric names. */
  public static final String[] METRIC_NAMES = {"accuracy", "auc_roc", "f1", "precision", "recall"};
  /** The training metric values, as text. */
  public static final String[] METRIC_VALUES = {"0.87", "0.91", "0.84", "0.86", "0.82"};

  private Payload() {}

  /** The model name of proposal {@code i}. */
  public static String modelName(int i) {
    return "bench-model-" + i;
  }

  /** The URN text of proposal {@code i}. */
  public static String urn(int i) {
    return "urn:li:mlModel:(urn:li:dataPlatform:" + PLATFORM + "," + modelName(i) + ",PROD)";
  }

  /** The description of proposal {@code i}. */
  public static String description(int i) {
    return "Benchmark model " + i + ": gradient-boosted churn classifier";
  }

  /** Custom property {@code k} of proposal {@code i}. */
  public static String propertyValue(int k, int i) {
    return PROPERTY_KEYS[k] + "-value-" + i;
  }
}
