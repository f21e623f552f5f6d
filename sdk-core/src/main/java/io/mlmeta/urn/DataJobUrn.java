package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Objects;

/**
 * A task of a pipeline, used as a training or downstream job of a model:
 * {@code urn:li:dataJob:(urn:li:dataFlow:(<orchestrator>,<flowId>,<cluster>),<jobId>)}.
 */
public final class DataJobUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataJob";

  private final DataFlowUrn flow;

  private DataJobUrn(Urn urn) {
    super(urn);
    this.flow = DataFlowUrn.parse(urn.part(0));
  }

  /** Returns the URN of job {@code jobId} in {@code flow}. */
  public static DataJobUrn of(DataFlowUrn flow, String jobId) {
    Objects.requireNonNull(flow, "flow");
    return new DataJobUrn(fromEncodedParts(ENTITY_TYPE, List.of(flow.toString(), plainPart(ENTITY_TYPE, "jobId",
        jobId)), 0));
  }

  /**
   * Parses the text of a dataJob URN.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataJobUrn parse(String text) {
    return new DataJobUrn(parseAs(text, ENTITY_TYPE, 2, "(flow, jobId)"));
  }

  /** The flow the job belongs to. */
  public DataFlowUrn flow() {
    return flow;
  }

  /** The job id, with reserved-character escapes decoded. */
  public String jobId() {
    return decodedPart(1);
  }
}
