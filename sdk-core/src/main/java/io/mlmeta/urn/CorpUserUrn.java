package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A user, {@code urn:li:corpuser:<username>}. */
public final class CorpUserUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "corpuser";

  private CorpUserUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code username}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code username} is empty or a malformed URN of this type
   */
  public static CorpUserUrn of(String username) {
    return new CorpUserUrn(singlePart(ENTITY_TYPE, "username", username));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static CorpUserUrn parse(String text) {
    return new CorpUserUrn(parseAs(text, ENTITY_TYPE, 1, "(username)"));
  }

  /** The username, with reserved-character escapes decoded. */
  public String username() {
    return decodedPart(0);
  }
}
