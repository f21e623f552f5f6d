package io.mlmeta.mlmodel;

import io.mlmeta.entity.Modifiable;
import io.mlmeta.mlmodel.aspect.MLModelProperties;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.urn.MlFeatureUrn;
import io.mlmeta.mlmodel.urn.MlModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MlModelGroupUrn;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a model is linked to in {@code mlModelProperties}: the groups it belongs to ({@code MemberOf}), the
 * deployments that serve it ({@code DeployedTo}) and the features it consumes ({@code Consumes}). Adding a link
 * that is there already changes nothing.
 *
 * @param <E> the concrete entity type
 */
public interface HasModelLinks<E> extends Modifiable<E> {
  /** The groups the model belongs to. */
  default List<MlModelGroupUrn> groups() {
    return aspect(MLModelProperties.TYPE).map(MLModelProperties::groups).orElse(List.of());
  }

  /** Where the model is deployed. */
  default List<MlModelDeploymentUrn> deployments() {
    return aspect(MLModelProperties.TYPE).map(MLModelProperties::deployments).orElse(List.of());
  }

  /** The features the model consumes. */
  default List<MlFeatureUrn> features() {
    return aspect(MLModelProperties.TYPE).map(MLModelProperties::mlFeatures).orElse(List.of());
  }

  /** Records that the model is deployed to {@code deployment}, unless it is recorded already. */
  default E addDeployment(MlModelDeploymentUrn deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return editProperties(p -> p.toBuilder().deployments(Edits.plus(p.deployments(), deployment)).build());
  }

  /** Removes deployment {@code deployment}. */
  default E removeDeployment(MlModelDeploymentUrn deployment) {
    Objects.requireNonNull(deployment, "deployment");
    return editProperties(p -> p.toBuilder().deployments(Edits.minus(p.deployments(), deployment)).build());
  }

  /** Adds the model to {@code group}, unless it is a member already. */
  default E addGroup(MlModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return editProperties(p -> p.toBuilder().groups(Edits.plus(p.groups(), group)).build());
  }

  /** Makes {@code group} the model's only group. */
  default E setGroup(MlModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return editProperties(p -> p.toBuilder().groups(List.of(group)).build());
  }

  /** Takes the model out of {@code group}. */
  default E removeGroup(MlModelGroupUrn group) {
    Objects.requireNonNull(group, "group");
    return editProperties(p -> p.toBuilder().groups(Edits.minus(p.groups(), group)).build());
  }

  /** Records that the model consumes {@code feature}, unless it is recorded already. */
  default E addFeature(MlFeatureUrn feature) {
    Objects.requireNonNull(feature, "feature");
    return editProperties(p -> p.toBuilder().mlFeatures(Edits.plus(p.mlFeatures(), feature)).build());
  }

  /** Removes feature {@code feature}. */
  default E removeFeature(MlFeatureUrn feature) {
    Objects.requireNonNull(feature, "feature");
    return editProperties(p -> p.toBuilder().mlFeatures(Edits.minus(p.mlFeatures(), feature)).build());
  }

  private E editProperties(UnaryOperator<MLModelProperties> edit) {
    return modify(MLModelProperties.TYPE, Edits.orEmpty(() -> MLModelProperties.builder().build(), edit));
  }
}
