package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** One run of a process, such as an ML training run: {@code urn:li:dataProcessInstance:<id>}. */
public final class DataProcessInstanceUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataProcessInstance";

  private DataProcessInstanceUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code id}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code id} is empty or a malformed URN of this type
   */
  public static DataProcessInstanceUrn of(String id) {
    return new DataProcessInstanceUrn(singlePart(ENTITY_TYPE, "id", id));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataProcessInstanceUrn parse(String text) {
    return new DataProcessInstanceUrn(parseAs(text, ENTITY_TYPE, 1, "(id)"));
  }

  /** The id, with reserved-character escapes decoded. */
  public String id() {
    return decodedPart(0);
  }
}
