package io.mlmeta.mlmodel.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlmeta.mlmodel.naming.SageMakerNames.JobType;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.DataFlowUrn;
import io.mlmeta.urn.DataJobUrn;
import io.mlmeta.urn.FabricType;
import org.junit.jupiter.api.Test;

/**
 * Expected URNs are copied from datahub-project/datahub
 * {@code metadata-ingestion/tests/unit/sagemaker/sagemaker_mces_golden.json} (commit
 * fb4a205d38be70d5b5c699a74c8012ed819e53cf).
 */
class SageMakerNamesTest {
  private static final SageMakerNames SAGEMAKER = SageMakerNames.defaults();

  @Test
  void modelsGroupsAndEndpointsAreNamedByTheirSageMakerNames() {
    assertThat(SAGEMAKER.model("the-first-model"))
        .isEqualTo(MLModelUrn.parse("urn:li:mlModel:(urn:li:dataPlatform:sagemaker,the-first-model,PROD)"));
    assertThat(SAGEMAKER.modelPackageGroup("a-model-package-group")).isEqualTo(MLModelGroupUrn.parse(
        "urn:li:mlModelGroup:(urn:li:dataPlatform:sagemaker,a-model-package-group,PROD)"));
    assertThat(SAGEMAKER.endpoint("the-first-endpoint")).isEqualTo(MLModelDeploymentUrn.parse(
        "urn:li:mlModelDeployment:(urn:li:dataPlatform:sagemaker,the-first-endpoint,PROD)"));
  }

  @Test
  void eachJobIsADataJobByArnInAFlowOfItsOwn() {
    assertThat(SAGEMAKER.job(JobType.TRAINING, "a-training-job",
        "arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job")).isEqualTo(DataJobUrn.parse(
            "urn:li:dataJob:(urn:li:dataFlow:(sagemaker,training:a-training-job,PROD),"
            + "arn:aws:sagemaker:us-west-2:123412341234:training-job/a-training-job)"));
    assertThat(SAGEMAKER.job(JobType.AUTO_ML, "an-auto-ml-job",
        "arn:aws:sagemaker:us-west-2:123412341234:auto-ml-job/an-auto-ml-job")).isEqualTo(DataJobUrn.parse(
            "urn:li:dataJob:(urn:li:dataFlow:(sagemaker,auto_ml:an-auto-ml-job,PROD),"
            + "arn:aws:sagemaker:us-west-2:123412341234:auto-ml-job/an-auto-ml-job)"));
    assertThat(SAGEMAKER.jobFlow(JobType.TRANSFORM, "a-transform-job"))
        .isEqualTo(DataFlowUrn.parse("urn:li:dataFlow:(sagemaker,transform:a-transform-job,PROD)"));
  }

  @Test
  void theEnvIsTheFlowsCluster() {
    assertThat(SAGEMAKER.withEnv(FabricType.DEV).jobFlow(JobType.PROCESSING, "p"))
        .isEqualTo(DataFlowUrn.parse("urn:li:dataFlow:(sagemaker,processing:p,DEV)"));
  }
}
