package io.mlmeta.mlmodel;

import io.mlmeta.aspect.Aspect;
import io.mlmeta.mlmodel.aspect.MLModelGroupProperties;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import java.util.List;
import java.util.Objects;

/**
 * Builds a new {@link MLModelGroup}; obtain it from {@link MLModelGroup#builder()}. {@code platform} and
 * {@code name} are required, {@code env} defaults to {@code PROD}. Each call is applied through the group's own
 * mutator when {@link #build()} runs, in call order.
 */
public final class MLModelGroupBuilder extends PlatformScopedBuilder<MLModelGroupBuilder, MLModelGroup> {
  private static final String ENTITY = "MLModelGroup";

  MLModelGroupBuilder() {}

  /** The group's version label ({@code mlModelGroupProperties.version}). */
  public MLModelGroupBuilder version(String version) {
    Objects.requireNonNull(version, "version");
    return step(g -> g.setVersion(version));
  }

  /**
   * The group.
   *
   * @throws IllegalStateException if {@code platform} or {@code name} is missing
   */
  public MLModelGroup build() {
    MLModelGroupUrn urn = MLModelGroupUrn.of(requirePlatform(ENTITY), requireName(ENTITY), env());
    List<Aspect> initial = List.of(platformAspect(ENTITY), MLModelGroupProperties.builder().build());
    return new MLModelGroup(urn, applySteps(new MLModelGroup(urn, initial)));
  }
}
