package io.mlmeta.bench.search;

import io.mlmeta.aspect.AuditStamp;
import io.mlmeta.aspect.ContainerProperties;
import io.mlmeta.aspect.DataPlatformInstance;
import io.mlmeta.aspect.DataProcessInstanceProperties;
import io.mlmeta.aspect.Domains;
import io.mlmeta.aspect.GlobalTags;
import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.aspect.Status;
import io.mlmeta.mcp.MetadataChangeProposal;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.CorpUserUrn;
import io.mlmeta.urn.DataPlatformUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import io.mlmeta.urn.DomainUrn;
import io.mlmeta.urn.TagUrn;
import io.mlmeta.urn.Urn;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated catalogue of {@code 10 * n} ML entities for the search benchmark: {@code 4n} models, {@code n}
 * groups, {@code 3n} deployments, {@code 1.5n} runs and {@code 0.5n} experiments, on three platforms (mlflow,
 * sagemaker, vertexai, by index), every fourth tagged {@code production} (the others {@code staging}), an owner
 * of five, a domain of three (where DataHub allows them: no domain on deployments, none of the three on runs),
 * a custom property
 * {@code team} of seven on models; deployments alternate {@code IN_SERVICE} and {@code OUT_OF_SERVICE}; every
 * tenth model is soft-deleted.
 */
final class SearchCorpus {
  static final String[] PLATFORMS = {"mlflow", "sagemaker", "vertexai"};

  private SearchCorpus() {}

  static List<MetadataChangeProposal> proposals(int n) {
    List<MetadataChangeProposal> mcps = new ArrayList<>();
    AuditStamp created = AuditStamp.of(1L, CorpUserUrn.of("bench"));
    for (int i = 0; i < 4 * n; i++) {
      MLModelUrn model = MLModelUrn.of(PLATFORMS[i % 3], "model-" + i);
      governance(mcps, model, i);
      mcps.add(MetadataChangeProposal.upsert(model, MLModelProperties.builder().name("churn model " + i)
          .putCustomProperty("team", "team-" + i % 7).build()));
      if (i % 10 == 9) {
        mcps.add(MetadataChangeProposal.upsert(model, Status.of(true)));
      }
    }
    for (int i = 0; i < n; i++) {
      governance(mcps, MLModelGroupUrn.of(PLATFORMS[i % 3], "group-" + i), i);
    }
    for (int i = 0; i < 3 * n; i++) {
      MLModelDeploymentUrn deployment = MLModelDeploymentUrn.of(PLATFORMS[i % 3], "endpoint-" + i);
      governance(mcps, deployment, i);
      mcps.add(MetadataChangeProposal.upsert(deployment, MLModelDeploymentProperties.builder()
          .status(i % 2 == 0 ? DeploymentStatus.IN_SERVICE : DeploymentStatus.OUT_OF_SERVICE).build()));
    }
    for (int i = 0; i < 3 * n / 2; i++) {
      DataProcessInstanceUrn run = DataProcessInstanceUrn.of("run-" + i);
      mcps.add(MetadataChangeProposal.upsert(run, DataProcessInstanceProperties.of("train-" + i, created)));
      mcps.add(MetadataChangeProposal.upsert(run, DataPlatformInstance.of(DataPlatformUrn.of(PLATFORMS[i % 3]))));
    }
    for (int i = 0; i < n / 2; i++) {
      ContainerUrn experiment = ContainerUrn.of("experiment-" + i);
      governance(mcps, experiment, i);
      mcps.add(MetadataChangeProposal.upsert(experiment, ContainerProperties.of("experiment " + i)));
    }
    return mcps;
  }

  private static void governance(List<MetadataChangeProposal> mcps, Urn urn, int i) {
    mcps.add(MetadataChangeProposal.upsert(urn, GlobalTags.of(TagUrn.of(i % 4 == 0 ? "production" : "staging"))));
    mcps.add(MetadataChangeProposal.upsert(urn, Ownership.builder()
        .addOwner(Owner.of(CorpUserUrn.of("user-" + i % 5), OwnershipType.TECHNICAL_OWNER)).build()));
    if (!urn.entityType().equals("mlModelDeployment")) {
      mcps.add(MetadataChangeProposal.upsert(urn, Domains.of(DomainUrn.of("domain-" + i % 3))));
    }
  }
}
