package io.mlmeta.mlmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.DataHubClient;
import io.mlmeta.aspect.MetadataAttribution;
import io.mlmeta.mlmodel.aspect.HyperParameterValue;
import io.mlmeta.mlmodel.naming.VertexAiNames;
import io.mlmeta.mlmodel.urn.MLFeatureUrn;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.testing.CoreSamples;
import io.mlmeta.testing.NullArguments;
import io.mlmeta.urn.CorpUserUrn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public constructor and method of sdk-mlmodel's public packages (entities, their builders and mutators, ML
 * aspects, ML URNs, naming), called with null for each reference parameter in turn, fails at once naming the
 * parameter, except where its Javadoc says null is allowed (the list below); see {@link NullArguments}.
 */
class NullArgumentsTest {
  @TempDir
  Path dir;

  @Test
  void everyPublicMethodNamesTheParameterThatWasNull() {
    List<Class<?>> api = NullArguments.publicClasses(MLModel.class, "io.mlmeta.mlmodel", "io.mlmeta.mlmodel.aspect",
        "io.mlmeta.mlmodel.urn", "io.mlmeta.mlmodel.naming");
    try (DataHubClient client = DataHubClient.local(dir.resolve("client"))) {
      NullArguments check = CoreSamples.register(new NullArguments())
          .sample(DataHubClient.class, () -> client)
          .sample(ModelVersions.class, () -> ModelVersions.of(client))
          .sample(MLModelUrn.class, () -> MLModelUrn.of("mlflow", "churn"))
          .sample(MLModelGroupUrn.class, () -> MLModelGroupUrn.of("mlflow", "churn"))
          .sample(MLModelDeploymentUrn.class, () -> MLModelDeploymentUrn.of("sagemaker", "churn"))
          .sample(MLFeatureUrn.class, () -> MLFeatureUrn.of("customer", "tenure_days"))
          .sample(MLModel.class, EntityFixtures::richModel)
          .sample(MLModelGroup.class, EntityFixtures::richGroup)
          .sample(MLModelDeployment.class, EntityFixtures::richDeployment)
          .sample(TrainingRun.class, EntityFixtures::richRun)
          .sample(Experiment.class, EntityFixtures::richExperiment)
          .sample(MLModelBuilder.class, () -> MLModel.builder().platform("mlflow").name("churn"))
          .sample(MLModelGroupBuilder.class, () -> MLModelGroup.builder().platform("mlflow").name("churn"))
          .sample(MLModelDeploymentBuilder.class, () -> MLModelDeployment.builder().platform("sagemaker")
              .name("churn"))
          .sample(TrainingRunBuilder.class, TrainingRun::builder)
          .sample(ExperimentBuilder.class, Experiment::builder)
          .sample(MetadataAttribution.class, () -> MetadataAttribution.builder().time(1L)
              .actor(CorpUserUrn.of("alice")).build())
          .sample(HyperParameterValue.class, () -> HyperParameterValue.of(1))
          .sample(VertexAiNames.class, () -> VertexAiNames.of("project"));
      check.allow("ExperimentKey.of(instance)", "null: an experiment on the platform, not on an instance of it");

      assertThat(check.problems(api)).isEmpty();
      System.out.println("NULL ARGUMENTS sdk-mlmodel: " + api.size() + " public classes, " + check.calls()
          + " calls with a null argument");
      assertThat(check.calls()).as("calls made").isGreaterThan(300);
    }
  }

  @Test
  void theIssuesExamplesNameTheirParameter() {
    try (DataHubClient client = DataHubClient.local(dir.resolve("examples"))) {
      assertThatThrownBy(() -> client.entities().upsert(null)).isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("entity");
      assertThatThrownBy(() -> client.entities().get(null)).isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("urn");
      assertThatThrownBy(() -> MLModel.builder().platform((String) null))
          .isExactlyInstanceOf(NullPointerException.class).hasMessage("platform");
    }
  }
}
