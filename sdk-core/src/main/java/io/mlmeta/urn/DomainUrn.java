package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A domain, {@code urn:li:domain:<id>}. */
public final class DomainUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "domain";

  private DomainUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code id}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code id} is empty or a malformed URN of this type
   */
  public static DomainUrn of(String id) {
    return new DomainUrn(singlePart(ENTITY_TYPE, "id", id));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DomainUrn parse(String text) {
    return new DomainUrn(parseAs(text, ENTITY_TYPE, 1, "(id)"));
  }

  /** The id, with reserved-character escapes decoded. */
  public String id() {
    return decodedPart(0);
  }
}
