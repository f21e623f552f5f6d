package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A data platform such as {@code mlflow} or {@code snowflake}: {@code urn:li:dataPlatform:<name>}. */
public final class DataPlatformUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataPlatform";

  private DataPlatformUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN for {@code platformName}, given as plain text (reserved characters are escaped) or as the full URN
   * text of this type, which is taken as it is.
   *
   * @throws UrnSyntaxException if {@code platformName} is empty or a malformed URN of this type
   */
  public static DataPlatformUrn of(String platformName) {
    return new DataPlatformUrn(singlePart(ENTITY_TYPE, "platformName", platformName));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataPlatformUrn parse(String text) {
    return new DataPlatformUrn(parseAs(text, ENTITY_TYPE, 1, "(platformName)"));
  }

  /** The platformName, with reserved-character escapes decoded. */
  public String platformName() {
    return decodedPart(0);
  }
}
