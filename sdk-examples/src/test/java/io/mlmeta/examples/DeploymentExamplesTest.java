package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlmeta.aspect.Owner;
import io.mlmeta.aspect.Ownership;
import io.mlmeta.aspect.OwnershipType;
import io.mlmeta.entity.EntityNotFoundException;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelDeployment;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.read.Relationship;
import io.mlmeta.read.RelationshipDirection;
import io.mlmeta.urn.CorpUserUrn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The deployment examples against a local store, each result read back. */
class DeploymentExamplesTest extends LocalStoreTest {

  @Test
  void createDeploymentWritesItsProperties() {
    CreateDeployment.run(client, QUIET);

    MLModelDeployment deployment = client.entities().get(CreateDeployment.DEPLOYMENT, MLModelDeployment.class);
    assertThat(deployment.status()).contains(DeploymentStatus.IN_SERVICE);
    assertThat(deployment.description()).contains("Production deployment of recommendation model on SageMaker");
    assertThat(deployment.customProperties()).containsEntry("instance_count", "3");
    assertThat(deployment.externalUrl()).hasValueSatisfying(u -> assertThat(u).endsWith("recommendation-endpoint"));
  }

  @Test
  void addDeploymentToModelNeedsTheModelTheRunnerCreates() {
    assertThatThrownBy(() -> AddDeploymentToModel.run(client, QUIET)).isInstanceOf(EntityNotFoundException.class);

    assertThat(RecommendationModel.ensureExists(client, QUIET)).isTrue();
    assertThat(RecommendationModel.ensureExists(client, QUIET)).isFalse();
  }

  @Test
  void addDeploymentToModelLinksModelAndDeployment() {
    CreateDeployment.run(client, QUIET);
    RecommendationModel.ensureExists(client, QUIET);

    AddDeploymentToModel.run(client, QUIET);
    AddDeploymentToModel.run(client, QUIET);

    MLModel model = client.entities().get(RecommendationModel.MODEL, MLModel.class);
    assertThat(model.deployments()).containsExactly(CreateDeployment.DEPLOYMENT);
    assertThat(related(RecommendationModel.MODEL, RelationshipDirection.OUTGOING))
        .containsExactly(Relationship.of("DeployedTo", CreateDeployment.DEPLOYMENT));
    assertThat(related(CreateDeployment.DEPLOYMENT, RelationshipDirection.INCOMING))
        .containsExactly(Relationship.of("DeployedTo", RecommendationModel.MODEL));
  }

  @Test
  void addDeploymentOwnerAddsTheOwnerExactlyOnceEvenWhenRunTwice() {
    CreateDeployment.run(client, QUIET);

    AddDeploymentOwner.run(client, QUIET);
    AddDeploymentOwner.run(client, QUIET);

    Ownership ownership = client.reader().getAspect(CreateDeployment.DEPLOYMENT, Ownership.TYPE).orElseThrow();
    assertThat(ownership.owners()).containsExactly(Owner.of(AddDeploymentOwner.OWNER, OwnershipType.TECHNICAL_OWNER));
    assertThat(client.reader().getVersionedAspect(CreateDeployment.DEPLOYMENT, Ownership.TYPE).orElseThrow()
        .version()).contains("1");
  }

  @Test
  void addDeploymentOwnerKeepsTheOwnersThereAre() {
    CreateDeployment.run(client, QUIET);
    MLModelDeployment deployment = client.entities().get(CreateDeployment.DEPLOYMENT, MLModelDeployment.class);
    client.entities().update(deployment.addOwner(CorpUserUrn.of("jdoe")));

    AddDeploymentOwner.run(client, QUIET);

    assertThat(client.entities().get(CreateDeployment.DEPLOYMENT, MLModelDeployment.class).owners())
        .extracting(Owner::owner).containsExactly(CorpUserUrn.of("jdoe"), AddDeploymentOwner.OWNER);
  }

  private List<Relationship> related(io.mlmeta.urn.Urn urn, RelationshipDirection direction) {
    try (var edges = client.reader().relationships(urn, Set.of("DeployedTo"), direction)) {
      return edges.collect(Collectors.toList());
    }
  }
}
