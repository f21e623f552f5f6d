package io.mlmeta.mlmodel.internal.kind;

import io.mlmeta.aspect.SubTypes;
import io.mlmeta.entity.Entity;
import io.mlmeta.entity.EntityKind;
import io.mlmeta.internal.HiddenConstructor;
import io.mlmeta.mlmodel.Experiment;
import io.mlmeta.mlmodel.MLAssetSubTypes;
import io.mlmeta.mlmodel.MLModel;
import io.mlmeta.mlmodel.MLModelDeployment;
import io.mlmeta.mlmodel.MLModelGroup;
import io.mlmeta.mlmodel.TrainingRun;
import io.mlmeta.mlmodel.aspect.MLTrainingRunProperties;
import io.mlmeta.mlmodel.urn.MLModelDeploymentUrn;
import io.mlmeta.mlmodel.urn.MLModelGroupUrn;
import io.mlmeta.mlmodel.urn.MLModelUrn;
import io.mlmeta.read.EntityAspects;
import io.mlmeta.urn.ContainerUrn;
import io.mlmeta.urn.DataProcessInstanceUrn;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link EntityKind} of sdk-mlmodel, registered as its service provider: reads {@code mlModel},
 * {@code mlModelGroup} and {@code mlModelDeployment} entities, and in part {@code dataProcessInstance}s (the training
 * runs: sub-type "ML Training Run" or with {@code mlTrainingRunProperties}) and {@code container}s (the experiments:
 * sub-type "ML Experiment"). It builds the entities with their package-private read constructors.
 */
public final class MLEntityKinds implements EntityKind {
  private static final Set<String> TYPES = Set.of(MLModelUrn.ENTITY_TYPE, MLModelGroupUrn.ENTITY_TYPE,
      MLModelDeploymentUrn.ENTITY_TYPE, DataProcessInstanceUrn.ENTITY_TYPE, ContainerUrn.ENTITY_TYPE);

  private static final HiddenConstructor<MLModel> MODEL = HiddenConstructor.of(MLModel.class, EntityAspects.class);
  private static final HiddenConstructor<MLModelGroup> GROUP =
      HiddenConstructor.of(MLModelGroup.class, EntityAspects.class);
  private static final HiddenConstructor<MLModelDeployment> DEPLOYMENT =
      HiddenConstructor.of(MLModelDeployment.class, EntityAspects.class);
  private static final HiddenConstructor<TrainingRun> RUN =
      HiddenConstructor.of(TrainingRun.class, EntityAspects.class);
  private static final HiddenConstructor<Experiment> EXPERIMENT =
      HiddenConstructor.of(Experiment.class, EntityAspects.class);

  /** The provider, made by the service loader. */
  public MLEntityKinds() {}

  @Override
  public Set<String> entityTypes() {
    return TYPES;
  }

  @Override
  public Optional<Entity<?>> fromAspects(EntityAspects read) {
    switch (read.urn().entityType()) {
      case MLModelUrn.ENTITY_TYPE:
        return built(MODEL, read);
      case MLModelGroupUrn.ENTITY_TYPE:
        return built(GROUP, read);
      case MLModelDeploymentUrn.ENTITY_TYPE:
        return built(DEPLOYMENT, read);
      case DataProcessInstanceUrn.ENTITY_TYPE:
        return hasSubType(read, MLAssetSubTypes.ML_TRAINING_RUN) || read.aspect(MLTrainingRunProperties.TYPE)
            .isPresent() ? built(RUN, read) : Optional.empty();
      case ContainerUrn.ENTITY_TYPE:
        return hasSubType(read, MLAssetSubTypes.ML_EXPERIMENT) ? built(EXPERIMENT, read) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<Entity<?>> built(HiddenConstructor<? extends Entity<?>> constructor, EntityAspects read) {
    return Optional.of(constructor.newInstance(read));
  }

  private static boolean hasSubType(EntityAspects read, String subType) {
    return read.aspect(SubTypes.TYPE).filter(s -> s.typeNames().contains(subType)).isPresent();
  }
}
