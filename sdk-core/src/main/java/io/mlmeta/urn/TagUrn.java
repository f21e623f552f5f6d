package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A tag, {@code urn:li:tag:<name>}. */
public final class TagUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "tag";

  private TagUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code name}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code name} is empty or a malformed URN of this type
   */
  public static TagUrn of(String name) {
    return new TagUrn(singlePart(ENTITY_TYPE, "name", name));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static TagUrn parse(String text) {
    return new TagUrn(parseAs(text, ENTITY_TYPE, 1, "(name)"));
  }

  /** The name, with reserved-character escapes decoded. */
  public String name() {
    return decodedPart(0);
  }
}
