package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.mlmeta.internal.urn.UrnText;
import java.util.List;

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
    if (flow == null) {
      throw new UrnSyntaxException("null", "flow of a dataJob URN must not be null");
    }
    if (jobId == null || jobId.isEmpty()) {
      throw new UrnSyntaxException(String.valueOf(jobId), "jobId of a dataJob URN must not be empty");
    }
    return new DataJobUrn(fromEncodedParts(ENTITY_TYPE, List.of(flow.toString(), UrnText.encodePart(jobId)), 0));
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
