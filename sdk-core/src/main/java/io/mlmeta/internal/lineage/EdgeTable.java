package io.mlmeta.internal.lineage;

import static io.mlmeta.aspect.RelationshipTypes.CONSUMES;
import static io.mlmeta.aspect.RelationshipTypes.CONTAINS;
import static io.mlmeta.aspect.RelationshipTypes.DATA_PROCESS_INSTANCE_CONSUMES;
import static io.mlmeta.aspect.RelationshipTypes.DATA_PROCESS_INSTANCE_PRODUCES;
import static io.mlmeta.aspect.RelationshipTypes.DEPLOYED_TO;
import static io.mlmeta.aspect.RelationshipTypes.DERIVED_FROM;
import static io.mlmeta.aspect.RelationshipTypes.IS_PART_OF;
import static io.mlmeta.aspect.RelationshipTypes.MEMBER_OF;
import static io.mlmeta.aspect.RelationshipTypes.PRODUCES;
import static io.mlmeta.aspect.RelationshipTypes.TRAINED_BY;
import static io.mlmeta.aspect.RelationshipTypes.USED_BY;
import static io.mlmeta.aspect.RelationshipTypes.VERSION_OF;
import static io.mlmeta.read.RelationshipDirection.INCOMING;
import static io.mlmeta.read.RelationshipDirection.OUTGOING;

import io.mlmeta.aspect.EntityTypes;
import io.mlmeta.read.RelationshipDirection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DataHub's ML lineage as edges to follow: the one place that says what "upstream" and "downstream" mean for each
 * entity type. A relationship edge {@code S --Name--> T} is stored on {@code S} (the entity whose aspect holds the
 * URN of {@code T}), so from {@code S} it is asked {@code OUTGOING} and from {@code T} {@code INCOMING}. Names and
 * directions are those of spec/aspects.md, checked field by field; the two feature-store edges come from DataHub's
 * {@code MLFeatureProperties}/{@code MLFeatureTableProperties} records (no SDK aspect writes them).
 *
 * <p>Upstream (towards what a node was made from):
 * <table>
 *   <caption>upstream</caption>
 *   <tr><th>from</th><th>asks</th><th>reaches</th><th>because</th></tr>
 *   <tr><td>mlModel</td><td>OUTGOING TrainedBy</td><td>dataProcessInstance, dataJob</td>
 *       <td>mlModelProperties.trainingJobs: its training runs</td></tr>
 *   <tr><td>mlModel</td><td>OUTGOING Consumes</td><td>mlFeature</td><td>mlModelProperties.mlFeatures</td></tr>
 *   <tr><td>mlModel</td><td>INCOMING Produces, DataProcessInstanceProduces</td><td>dataProcessInstance</td>
 *       <td>a run that wrote the model as its output</td></tr>
 *   <tr><td>mlModel</td><td>aspect mlModelTrainingData, mlModelEvaluationData</td><td>dataset</td>
 *       <td>the model card's datasets ({@code BaseData.dataset} has no relationship in DataHub, so the aspects are
 *       read: {@code GET /aspects/{urn}?aspect=...})</td></tr>
 *   <tr><td>mlModelGroup</td><td>INCOMING MemberOf</td><td>mlModel</td><td>its models</td></tr>
 *   <tr><td>mlModelGroup</td><td>OUTGOING TrainedBy</td><td>dataProcessInstance, dataJob</td>
 *       <td>mlModelGroupProperties.trainingJobs</td></tr>
 *   <tr><td>mlModelDeployment</td><td>INCOMING DeployedTo</td><td>mlModel</td><td>the models it serves</td></tr>
 *   <tr><td>dataProcessInstance</td><td>OUTGOING Consumes</td><td>dataset, mlModel</td>
 *       <td>dataProcessInstanceInput.inputs</td></tr>
 *   <tr><td>dataProcessInstance</td><td>OUTGOING DataProcessInstanceConsumes</td>
 *       <td>dataset, mlModel, dataProcessInstance</td><td>dataProcessInstanceInput.inputEdges</td></tr>
 *   <tr><td>dataProcessInstance</td><td>INCOMING UsedBy</td><td>mlModel, mlModelGroup</td>
 *       <td>models whose downstreamJobs name the run</td></tr>
 *   <tr><td>dataProcessInstance</td><td>OUTGOING IsPartOf</td><td>container</td><td>the run's experiment</td></tr>
 *   <tr><td>dataset</td><td>INCOMING Produces, DataProcessInstanceProduces</td><td>dataProcessInstance</td>
 *       <td>the runs that wrote it</td></tr>
 *   <tr><td>mlFeature</td><td>OUTGOING DerivedFrom</td><td>dataset</td><td>mlFeatureProperties.sources</td></tr>
 *   <tr><td>mlFeature</td><td>INCOMING Contains</td><td>mlFeatureTable</td><td>its feature tables</td></tr>
 * </table>
 *
 * <p>Downstream (towards what was made from a node):
 * <table>
 *   <caption>downstream</caption>
 *   <tr><th>from</th><th>asks</th><th>reaches</th><th>because</th></tr>
 *   <tr><td>dataset</td><td>INCOMING Consumes, DataProcessInstanceConsumes</td><td>dataProcessInstance</td>
 *       <td>the runs that read it</td></tr>
 *   <tr><td>dataset</td><td>INCOMING DerivedFrom</td><td>mlFeature</td><td>features computed from it</td></tr>
 *   <tr><td>dataProcessInstance</td><td>INCOMING TrainedBy</td><td>mlModel, mlModelGroup</td>
 *       <td>the models and groups it trained</td></tr>
 *   <tr><td>dataProcessInstance</td><td>OUTGOING Produces</td><td>dataset, mlModel</td>
 *       <td>dataProcessInstanceOutput.outputs</td></tr>
 *   <tr><td>dataProcessInstance</td><td>OUTGOING DataProcessInstanceProduces</td>
 *       <td>dataset, mlModel, dataProcessInstance</td><td>dataProcessInstanceOutput.outputEdges</td></tr>
 *   <tr><td>dataProcessInstance</td><td>INCOMING DataProcessInstanceConsumes</td><td>dataProcessInstance</td>
 *       <td>runs that read this run</td></tr>
 *   <tr><td>mlModel</td><td>OUTGOING MemberOf</td><td>mlModelGroup</td><td>mlModelProperties.groups</td></tr>
 *   <tr><td>mlModel</td><td>OUTGOING DeployedTo</td><td>mlModelDeployment</td>
 *       <td>mlModelProperties.deployments</td></tr>
 *   <tr><td>mlModel</td><td>OUTGOING UsedBy</td><td>dataProcessInstance, dataJob</td>
 *       <td>mlModelProperties.downstreamJobs</td></tr>
 *   <tr><td>mlModel</td><td>INCOMING Consumes, DataProcessInstanceConsumes</td><td>dataProcessInstance</td>
 *       <td>runs that read the model</td></tr>
 *   <tr><td>mlModelGroup</td><td>OUTGOING UsedBy</td><td>dataProcessInstance, dataJob</td>
 *       <td>mlModelGroupProperties.downstreamJobs</td></tr>
 *   <tr><td>container</td><td>INCOMING IsPartOf</td><td>dataProcessInstance</td><td>an experiment's runs</td></tr>
 *   <tr><td>mlFeatureTable</td><td>OUTGOING Contains</td><td>mlFeature</td>
 *       <td>mlFeatureTableProperties.mlFeatures</td></tr>
 *   <tr><td>mlFeature</td><td>INCOMING Consumes</td><td>mlModel</td><td>the models that use it</td></tr>
 * </table>
 *
 * <p>Versions, only when asked for and in both directions: mlModel OUTGOING VersionOf → versionSet
 * ({@code versionProperties.versionSet}), versionSet INCOMING VersionOf → mlModel (the set's versions). They are
 * not lineage: version 2 was not made from version 1, so a plain walk leaves them out.
 *
 * <p>Feature tables follow the ML Model docs' "Lineage Graph Structure" (Feature Tables → ML Features → ML Model);
 * DataHub's own lineage flag on {@code Contains} points the other way. The experiment is upstream of its runs (it
 * is what they were run for), so a downstream walk from an experiment reaches its runs and what they trained, and
 * no walk goes from a run through its experiment to the experiment's other runs.
 */
public final class EdgeTable {
  /** Not in {@link EntityTypes}: the SDK writes no feature table. */
  static final String ML_FEATURE_TABLE = "mlFeatureTable";
  private static final String MODEL = EntityTypes.ML_MODEL;
  private static final String GROUP = EntityTypes.ML_MODEL_GROUP;
  private static final String DEPLOYMENT = EntityTypes.ML_MODEL_DEPLOYMENT;
  private static final String RUN = EntityTypes.DATA_PROCESS_INSTANCE;
  private static final String JOB = EntityTypes.DATA_JOB;
  private static final String DATASET = EntityTypes.DATASET;
  private static final String FEATURE = EntityTypes.ML_FEATURE;
  private static final String CONTAINER = EntityTypes.CONTAINER;
  private static final String VERSION_SET = EntityTypes.VERSION_SET;

  /** The model card aspects read for an upstream walk, and the path to their dataset URNs. */
  static final Map<String, String> MODEL_CARD_DATASETS = Map.of(
      "mlModelTrainingData", "trainingData/*/dataset",
      "mlModelEvaluationData", "evaluationData/*/dataset");

  private static final List<Rule> RULES = List.of(
      // upstream
      up(MODEL, OUTGOING, TRAINED_BY, RUN, JOB),
      up(MODEL, OUTGOING, CONSUMES, FEATURE),
      up(MODEL, INCOMING, PRODUCES, RUN),
      up(MODEL, INCOMING, DATA_PROCESS_INSTANCE_PRODUCES, RUN),
      up(GROUP, INCOMING, MEMBER_OF, MODEL),
      up(GROUP, OUTGOING, TRAINED_BY, RUN, JOB),
      up(DEPLOYMENT, INCOMING, DEPLOYED_TO, MODEL),
      up(RUN, OUTGOING, CONSUMES, DATASET, MODEL),
      up(RUN, OUTGOING, DATA_PROCESS_INSTANCE_CONSUMES, DATASET, MODEL, RUN),
      up(RUN, INCOMING, USED_BY, MODEL, GROUP),
      up(RUN, OUTGOING, IS_PART_OF, CONTAINER),
      up(DATASET, INCOMING, PRODUCES, RUN),
      up(DATASET, INCOMING, DATA_PROCESS_INSTANCE_PRODUCES, RUN),
      up(FEATURE, OUTGOING, DERIVED_FROM, DATASET),
      up(FEATURE, INCOMING, CONTAINS, ML_FEATURE_TABLE),
      // downstream
      down(DATASET, INCOMING, CONSUMES, RUN),
      down(DATASET, INCOMING, DATA_PROCESS_INSTANCE_CONSUMES, RUN),
      down(DATASET, INCOMING, DERIVED_FROM, FEATURE),
      down(RUN, INCOMING, TRAINED_BY, MODEL, GROUP),
      down(RUN, OUTGOING, PRODUCES, DATASET, MODEL),
      down(RUN, OUTGOING, DATA_PROCESS_INSTANCE_PRODUCES, DATASET, MODEL, RUN),
      down(RUN, INCOMING, DATA_PROCESS_INSTANCE_CONSUMES, RUN),
      down(MODEL, OUTGOING, MEMBER_OF, GROUP),
      down(MODEL, OUTGOING, DEPLOYED_TO, DEPLOYMENT),
      down(MODEL, OUTGOING, USED_BY, RUN, JOB),
      down(MODEL, INCOMING, CONSUMES, RUN),
      down(MODEL, INCOMING, DATA_PROCESS_INSTANCE_CONSUMES, RUN),
      down(GROUP, OUTGOING, USED_BY, RUN, JOB),
      down(CONTAINER, INCOMING, IS_PART_OF, RUN),
      down(ML_FEATURE_TABLE, OUTGOING, CONTAINS, FEATURE),
      down(FEATURE, INCOMING, CONSUMES, MODEL));

  private static final List<Rule> VERSION_RULES = List.of(
      new Rule(false, MODEL, OUTGOING, VERSION_OF, Set.of(VERSION_SET)),
      new Rule(false, VERSION_SET, INCOMING, VERSION_OF, Set.of(MODEL)));

  private EdgeTable() {}

  /**
   * The relationship requests to make from a node of {@code entityType}: one per direction, each with the
   * relationship names to ask for and, per name, the entity types kept at the other end; ordered OUTGOING first.
   */
  public static List<Call> calls(String entityType, boolean upstream, boolean versions) {
    Map<RelationshipDirection, Map<String, Set<String>>> byDirection = new TreeMap<>();
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.upstream == upstream) {
        rules.add(rule);
      }
    }
    if (versions) {
      rules.addAll(VERSION_RULES);
    }
    for (Rule rule : rules) {
      if (rule.fromType.equals(entityType)) {
        byDirection.computeIfAbsent(rule.direction, d -> new TreeMap<>())
            .computeIfAbsent(rule.relationship, r -> new TreeSet<>()).addAll(rule.toTypes);
      }
    }
    List<Call> calls = new ArrayList<>();
    byDirection.forEach((direction, targets) -> calls.add(new Call(direction, targets)));
    return Collections.unmodifiableList(calls);
  }

  /** The model card aspects to read from a node of {@code entityType}: only for a model, only upstream. */
  public static Map<String, String> modelCardAspects(String entityType, boolean upstream) {
    return upstream && entityType.equals(MODEL) ? MODEL_CARD_DATASETS : Map.of();
  }

  private static Rule up(String from, RelationshipDirection direction, String relationship, String... to) {
    return new Rule(true, from, direction, relationship, Set.of(to));
  }

  private static Rule down(String from, RelationshipDirection direction, String relationship, String... to) {
    return new Rule(false, from, direction, relationship, Set.of(to));
  }

  /** One relationship request from a node: a direction and, per relationship name, the entity types it may reach. */
  public static final class Call {
    private final RelationshipDirection direction;
    private final Map<String, Set<String>> targets;

    Call(RelationshipDirection direction, Map<String, Set<String>> targets) {
      this.direction = direction;
      this.targets = Collections.unmodifiableMap(targets);
    }

    /** Which way to ask. */
    public RelationshipDirection direction() {
      return direction;
    }

    /** The relationship names to ask for, sorted. */
    public Set<String> relationships() {
      return targets.keySet();
    }

    /** Whether an edge {@code relationship} to an entity of {@code entityType} is followed. */
    public boolean follows(String relationship, String entityType) {
      Set<String> types = targets.get(relationship);
      return types != null && types.contains(entityType);
    }

    @Override
    public String toString() {
      return direction + " " + targets;
    }
  }

  /** One row of the table: which walk follows it (the version rules: both), from what, how, to what. */
  private static final class Rule {
    final boolean upstream;
    final String fromType;
    final RelationshipDirection direction;
    final String relationship;
    final Set<String> toTypes;

    Rule(boolean upstream, String fromType, RelationshipDirection direction, String relationship,
        Set<String> toTypes) {
      this.upstream = upstream;
      this.fromType = fromType;
      this.direction = direction;
      this.relationship = relationship;
      this.toTypes = toTypes;
    }
  }
}
