package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.concurrent.ConcurrentHashMap;

/** A data platform such as {@code mlflow} or {@code snowflake}: {@code urn:li:dataPlatform:<name>}. */
public final class DataPlatformUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataPlatform";
  /** Platforms are few and every dataset or model URN names one: they are made once, up to this many. */
  private static final int MAX_KNOWN = 256;
  private static final ConcurrentHashMap<String, DataPlatformUrn> KNOWN = new ConcurrentHashMap<>();

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
    DataPlatformUrn known = platformName == null ? null : KNOWN.get(platformName);
    return known != null ? known
        : remember(platformName, new DataPlatformUrn(singlePart(ENTITY_TYPE, "platformName", platformName)));
  }

  /**
   * Parses the text of a URN of this type.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataPlatformUrn parse(String text) {
    DataPlatformUrn known = text == null ? null : KNOWN.get(text);
    return known != null && known.toString().equals(text) ? known
        : remember(text, new DataPlatformUrn(parseAs(text, ENTITY_TYPE, 1, "(platformName)")));
  }

  /** {@code urn}, kept for {@code key} (a name or the URN text) while fewer than {@link #MAX_KNOWN} are kept. */
  private static DataPlatformUrn remember(String key, DataPlatformUrn urn) {
    if (KNOWN.size() < MAX_KNOWN) {
      KNOWN.putIfAbsent(key, urn);
    }
    return urn;
  }

  /** The platformName, with reserved-character escapes decoded. */
  public String platformName() {
    return decodedPart(0);
  }
}
