package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/** A pipeline (an Airflow DAG, a Spark application …), {@code urn:li:dataFlow:(<orchestrator>,<flowId>,<cluster>)}. */
public final class DataFlowUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataFlow";

  private DataFlowUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of flow {@code flowId} run by {@code orchestrator} on {@code cluster} (e.g. "prod"). */
  public static DataFlowUrn of(String orchestrator, String flowId, String cluster) {
    return new DataFlowUrn(fromEncodedParts(ENTITY_TYPE, List.of(plainPart(ENTITY_TYPE, "orchestrator", orchestrator),
        plainPart(ENTITY_TYPE, "flowId", flowId), plainPart(ENTITY_TYPE, "cluster", cluster))));
  }

  /**
   * Parses the text of a dataFlow URN.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataFlowUrn parse(String text) {
    return new DataFlowUrn(parseAs(text, ENTITY_TYPE, 3, "(orchestrator, flowId, cluster)"));
  }

  /** The orchestrator, e.g. {@code airflow}. */
  public String orchestrator() {
    return decodedPart(0);
  }

  /** The flow id. */
  public String flowId() {
    return decodedPart(1);
  }

  /** The cluster. */
  public String cluster() {
    return decodedPart(2);
  }

}
