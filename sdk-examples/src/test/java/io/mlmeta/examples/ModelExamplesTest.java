package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.entity.EntityNotFoundException;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.aspect.IntendedUserType;
import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DatasetUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.TagUrn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customer churn model examples against a local store, each result read back. */
class ModelExamplesTest extends LocalStoreTest {

  @Test
  void createModelWritesNameDescriptionPropertiesAndGroup() {
    CreateModel.run(client, QUIET);

    MLModel model = read();
    assertThat(model.displayName()).contains("Customer Churn Prediction Model");
    assertThat(model.description()).hasValueSatisfying(d -> assertThat(d).startsWith("A gradient boosting model"));
    assertThat(model.customProperties()).containsExactly(Map.entry("framework", "xgboost"),
        Map.entry("framework_version", "1.7.0"), Map.entry("model_format", "pickle"));
    assertThat(model.groups()).containsExactly(MLModelGroupUrn.of("mlflow", "customer-churn-models"));
  }

  @Test
  void addModelMetadataNeedsTheModel() {
    assertThatThrownBy(() -> AddModelMetadata.run(client, QUIET)).isInstanceOf(EntityNotFoundException.class);
  }

  @Test
  void addModelMetadataAddsParamsMetricsOwnerTagsAndDomainKeepingTheRest() {
    CreateModel.run(client, QUIET);

    AddModelMetadata.run(client, QUIET);

    MLModel model = read();
    assertThat(model.hyperParams()).extracting(MLHyperParam::name)
        .containsExactly("learning_rate", "max_depth", "n_estimators", "subsample", "colsample_bytree");
    assertThat(model.hyperParams()).extracting(p -> p.value().orElseThrow())
        .containsExactly("0.1", "6", "100", "0.8", "0.8");
    assertThat(model.trainingMetrics()).extracting(MLMetric::name)
        .containsExactly("accuracy", "precision", "recall", "f1_score", "auc_roc");
    assertThat(model.tags()).containsExactly(TagUrn.of("production"), TagUrn.of("classification"));
    assertThat(model.owners()).containsExactly(Owner.of(CorpUserUrn.of("data_science_team"),
        OwnershipType.TECHNICAL_OWNER));
    assertThat(model.domain()).contains(DomainUrn.of("customer-analytics"));
    assertThat(model.displayName()).contains("Customer Churn Prediction Model");
  }

  @Test
  void addModelMetadataTwiceChangesNothingMore() {
    CreateModel.run(client, QUIET);
    AddModelMetadata.run(client, QUIET);

    AddModelMetadata.run(client, QUIET);

    MLModel model = read();
    assertThat(model.hyperParams()).hasSize(5);
    assertThat(model.tags()).hasSize(2);
    assertThat(model.owners()).hasSize(1);
  }

  @Test
  void updateModelAspectsWritesTheModelCard() {
    CreateModel.run(client, QUIET);

    UpdateModelAspects.run(client, QUIET);

    MLModel model = read();
    assertThat(model.intendedUse().orElseThrow().primaryUsers()).containsExactly(IntendedUserType.ENTERPRISE);
    assertThat(model.intendedUse().orElseThrow().outOfScopeUses()).hasSize(2);
    assertThat(model.trainingData().orElseThrow().trainingData().get(0).dataset())
        .isEqualTo(DatasetUrn.of("snowflake", "prod.analytics.customer_features"));
    assertThat(model.trainingData().orElseThrow().trainingData().get(0).preProcessing()).hasSize(3);
    assertThat(model.sourceCode().orElseThrow().sourceCode().get(0).sourceCodeUrl())
        .isEqualTo("https://github.com/example/ml-models/tree/main/churn-predictor");
    assertThat(model.ethicalConsiderations().orElseThrow().mitigations()).hasSize(2);
    assertThat(model.displayName()).contains("Customer Churn Prediction Model");
  }

  @Test
  void queryModelPrintsWhatTheOtherExamplesWrote() {
    CreateModel.run(client, QUIET);
    AddModelMetadata.run(client, QUIET);
    UpdateModelAspects.run(client, QUIET);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    QueryModel.run(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
        "Name: Customer Churn Prediction Model",
        "Type: (none)",
        "Hyperparameters: learning_rate=0.1, max_depth=6, n_estimators=100, subsample=0.8, colsample_bytree=0.8",
        "Training metrics: accuracy=0.87, precision=0.84, recall=0.82, f1_score=0.83, auc_roc=0.91",
        "Tags: urn:li:tag:production, urn:li:tag:classification",
        "Owners: urn:li:corpuser:data_science_team",
        "Intended users: ENTERPRISE");
  }

  @Test
  void queryModelReportsAMissingModel() {
    assertThatThrownBy(() -> QueryModel.run(client, QUIET)).isInstanceOf(EntityNotFoundException.class);
  }

  private MLModel read() {
    return client.entities().get(CreateModel.MODEL, MLModel.class);
  }
}
