package io.mlmeta.aspect;

/**
 * The names of the relationships DataHub draws from the aspects' URN fields (their {@code @Relationship}
 * annotations), as {@code MetadataReader.relationships} takes and returns them, e.g.
 * {@code reader.relationships(model, Set.of(RelationshipTypes.DEPLOYED_TO), RelationshipDirection.OUTGOING)}.
 *
 * <p>Each edge starts at the entity that holds the aspect (its {@code OUTGOING} side) and ends at the URN in the
 * field ({@code INCOMING} there). The constants name the aspect field that gives each edge; names and targets are
 * DataHub's (spec/aspects.md), except {@link #CONTAINS} and {@link #DERIVED_FROM}, which come from DataHub's
 * {@code MLFeatureTableProperties} and {@code MLFeatureProperties} records: the SDK writes no aspect with them.
 * Constants only; thread-safe.
 */
public final class RelationshipTypes {
  /** {@code mlModelProperties.trainingJobs}, {@code mlModelGroupProperties.trainingJobs}: → run or job. */
  public static final String TRAINED_BY = "TrainedBy";
  /** {@code mlModelProperties.downstreamJobs}, {@code mlModelGroupProperties.downstreamJobs}: → run or job. */
  public static final String USED_BY = "UsedBy";
  /** {@code mlModelProperties.mlFeatures} (model → feature) and {@code dataProcessInstanceInput.inputs}. */
  public static final String CONSUMES = "Consumes";
  /** {@code mlModelProperties.deployments}: model → deployment. */
  public static final String DEPLOYED_TO = "DeployedTo";
  /** {@code mlModelProperties.groups}: model → model group. */
  public static final String MEMBER_OF = "MemberOf";
  /** {@code dataProcessInstanceInput.inputEdges}: run → dataset, model or run it read. */
  public static final String DATA_PROCESS_INSTANCE_CONSUMES = "DataProcessInstanceConsumes";
  /** {@code dataProcessInstanceOutput.outputs}: run → dataset or model it wrote. */
  public static final String PRODUCES = "Produces";
  /** {@code dataProcessInstanceOutput.outputEdges}: run → dataset, model or run it wrote. */
  public static final String DATA_PROCESS_INSTANCE_PRODUCES = "DataProcessInstanceProduces";
  /** {@code dataProcessInstanceRelationships.parentTemplate}: run → its job, flow or dataset. */
  public static final String INSTANCE_OF = "InstanceOf";
  /** {@code dataProcessInstanceRelationships.parentInstance}: run → its parent run. */
  public static final String CHILD_OF = "ChildOf";
  /** {@code dataProcessInstanceRelationships.upstreamInstances}: run → the runs before it. */
  public static final String UPSTREAM_OF = "UpstreamOf";
  /** {@code versionProperties.versionSet}: model or dataset → its version set. */
  public static final String VERSION_OF = "VersionOf";
  /** {@code container.container}: entity → its container (a run → its experiment). */
  public static final String IS_PART_OF = "IsPartOf";
  /** {@code ownership.owners[].owner}: entity → user or group. */
  public static final String OWNED_BY = "OwnedBy";
  /** {@code ownership.owners[].typeUrn}: entity → ownership type (DataHub spells it in lower camel case). */
  public static final String OWNERSHIP_TYPE = "ownershipType";
  /** {@code globalTags.tags[].tag}: entity → tag. */
  public static final String TAGGED_WITH = "TaggedWith";
  /** {@code glossaryTerms.terms[].urn}: entity → glossary term. */
  public static final String TERMED_WITH = "TermedWith";
  /** {@code domains.domains}, {@code applications.applications}: entity → domain or application. */
  public static final String ASSOCIATED_WITH = "AssociatedWith";
  /** {@code mlFeatureTableProperties.mlFeatures}: feature table → feature (no SDK aspect writes it). */
  public static final String CONTAINS = "Contains";
  /** {@code mlFeatureProperties.sources}: feature → the dataset it is computed from (no SDK aspect writes it). */
  public static final String DERIVED_FROM = "DerivedFrom";

  private RelationshipTypes() {}
}
