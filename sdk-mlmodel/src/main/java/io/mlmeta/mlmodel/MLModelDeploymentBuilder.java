package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.mlmodel.aspect.DeploymentStatus;
import io.mlmeta.mlmodel.aspect.MLModelDeploymentProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.FabricType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Builds a new {@link MLModelDeployment}; obtain it from {@link MLModelDeployment#builder()}. {@code platform}
 * and {@code name} are required, {@code env} defaults to {@code PROD}. Each call is applied through the
 * deployment's own mutator when {@link #build()} runs, in call order.
 */
public final class MLModelDeploymentBuilder
    extends PlatformEntityBuilder<MLModelDeploymentBuilder, MLModelDeployment> {
  private static final String ENTITY = "MLModelDeployment";

  private String name;
  private FabricType env = FabricType.PROD;

  MLModelDeploymentBuilder() {}

  /** The deployment's name in its platform (e.g. the endpoint name), the key part of its URN; required. */
  public MLModelDeploymentBuilder name(String name) {
    Objects.requireNonNull(name, "name");
    this.name = name;
    return this;
  }

  /** The environment; {@code PROD} unless set. */
  public MLModelDeploymentBuilder env(FabricType env) {
    this.env = Objects.requireNonNull(env, "env");
    return this;
  }

  /** The environment by name, in any case ({@code "prod"}). */
  public MLModelDeploymentBuilder env(String env) {
    Objects.requireNonNull(env, "env");
    return env(FabricType.of(env));
  }

  /** The deployment's state. */
  public MLModelDeploymentBuilder status(DeploymentStatus status) {
    Objects.requireNonNull(status, "status");
    return step(d -> d.setStatus(status));
  }

  /** The version label of the deployment. */
  public MLModelDeploymentBuilder version(String version) {
    Objects.requireNonNull(version, "version");
    return step(d -> d.setVersion(version));
  }

  /** When the deployment was created (DataHub's {@code mlModelDeploymentProperties.createdAt}). */
  public MLModelDeploymentBuilder created(Instant created) {
    Objects.requireNonNull(created, "created");
    return step(d -> d.setCreated(created));
  }

  /** When the deployment was created, in epoch milliseconds. */
  public MLModelDeploymentBuilder created(long createdMillis) {
    return created(Instant.ofEpochMilli(createdMillis));
  }

  /** The container the deployment belongs to, e.g. an ML workspace. */
  public MLModelDeploymentBuilder container(ContainerUrn container) {
    Objects.requireNonNull(container, "container");
    return step(d -> d.setContainer(container));
  }

  /**
   * The deployment.
   *
   * @throws IllegalStateException if {@code platform} or {@code name} is missing
   */
  public MLModelDeployment build() {
    MLModelDeploymentUrn urn =
        MLModelDeploymentUrn.of(requirePlatform(ENTITY), BuildSteps.required(ENTITY, "name", name), env);
    List<Aspect> initial = List.of(platformAspect(ENTITY), MLModelDeploymentProperties.builder().build());
    return new MLModelDeployment(urn, applySteps(new MLModelDeployment(urn, initial)));
  }
}
