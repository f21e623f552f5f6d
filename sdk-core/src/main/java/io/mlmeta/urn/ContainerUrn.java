package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A container (an ML experiment, a database, a folder …), {@code urn:li:container:<guid>}. */
public final class ContainerUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "container";

  private ContainerUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code guid}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code guid} is empty or a malformed URN of this type
   */
  public static ContainerUrn of(String guid) {
    return new ContainerUrn(singlePart(ENTITY_TYPE, "guid", guid));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static ContainerUrn parse(String text) {
    return new ContainerUrn(parseAs(text, ENTITY_TYPE, 1, "(guid)"));
  }

  /** The guid, with reserved-character escapes decoded. */
  public String guid() {
    return decodedPart(0);
  }
}
