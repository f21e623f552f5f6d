package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A group of users, {@code urn:li:corpGroup:<name>}. */
public final class CorpGroupUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "corpGroup";

  private CorpGroupUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code name}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code name} is empty or a malformed URN of this type
   */
  public static CorpGroupUrn of(String name) {
    return new CorpGroupUrn(singlePart(ENTITY_TYPE, "name", name));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static CorpGroupUrn parse(String text) {
    return new CorpGroupUrn(parseAs(text, ENTITY_TYPE, 1, "(name)"));
  }

  /** The name, with reserved-character escapes decoded. */
  public String name() {
    return decodedPart(0);
  }
}
