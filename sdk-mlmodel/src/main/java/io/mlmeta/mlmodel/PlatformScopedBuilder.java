package io.mlmeta.mlmodel;

import io.mlmeta.entity.Entity;
import io.mlmeta.entity.HasDomain;
import io.mlmeta.entity.HasLinks;
import io.mlmeta.entity.HasOwners;
import io.mlmeta.entity.HasTags;
import io.mlmeta.entity.HasTerms;
import io.mlmeta.mlmodel.internal.MLChecks;
import io.mlmeta.urn.FabricType;
import io.mlmeta.urn.Urn;
import java.util.Objects;

/**
 * The builder calls of models and groups: their key {@code (platform, name, env)}, as in their URNs, and the jobs
 * that train and use them.
 */
abstract class PlatformScopedBuilder<B extends PlatformScopedBuilder<B, E>,
    E extends Entity<E> & HasOwners<E> & HasTags<E> & HasTerms<E> & HasDomain<E> & HasLinks<E>
        & EditableProperties<E> & NamedAndDated<E> & JobLinked<E>> extends GovernedEntityBuilder<B, E> {
  private String name;
  private FabricType env = FabricType.PROD;

  /** The name in the platform, the key part of the URN; required. */
  public B name(String name) {
    Objects.requireNonNull(name, "name");
    this.name = name;
    return self();
  }

  /** The environment; {@code PROD} unless set. */
  public B env(FabricType env) {
    this.env = Objects.requireNonNull(env, "env");
    return self();
  }

  /** The environment by name, in any case ({@code "prod"}). */
  public B env(String env) {
    Objects.requireNonNull(env, "env");
    return env(FabricType.of(env));
  }

  /** Adds a training run of the entity (a dataProcessInstance or dataJob URN). */
  public B addTrainingRun(Urn run) {
    Objects.requireNonNull(run, "run");
    MLChecks.checkJob("trainingRun", run);
    return step(e -> e.addTrainingRun(run));
  }

  /** Adds a job that uses the entity (a dataJob or dataProcessInstance URN). */
  public B addDownstreamJob(Urn job) {
    MLChecks.checkJob("downstreamJob", job);
    return step(e -> e.addDownstreamJob(job));
  }

  /** The name; {@code entity} names the entity in the error when it was not given. */
  final String requireName(String entity) {
    return BuildSteps.required(entity, "name", name);
  }

  final FabricType env() {
    return env;
  }
}
