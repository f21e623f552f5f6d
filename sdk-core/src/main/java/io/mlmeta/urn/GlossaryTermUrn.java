package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A glossary term, {@code urn:li:glossaryTerm:<name>}. */
public final class GlossaryTermUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "glossaryTerm";

  private GlossaryTermUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code name}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code name} is empty or a malformed URN of this type
   */
  public static GlossaryTermUrn of(String name) {
    return new GlossaryTermUrn(singlePart(ENTITY_TYPE, "name", name));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static GlossaryTermUrn parse(String text) {
    return new GlossaryTermUrn(parseAs(text, ENTITY_TYPE, 1, "(name)"));
  }

  /** The name, with reserved-character escapes decoded. */
  public String name() {
    return decodedPart(0);
  }
}
