package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Objects;

/**
 * One instance of a data platform (e.g. one of several MLflow servers),
 * {@code urn:li:dataPlatformInstance:(urn:li:dataPlatform:<platform>,<instance>)}.
 */
public final class DataPlatformInstanceUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "dataPlatformInstance";

  private final DataPlatformUrn platform;

  private DataPlatformInstanceUrn(Urn urn) {
    super(urn);
    this.platform = DataPlatformUrn.parse(urn.part(0));
  }

  /** Returns the URN of {@code instance} of {@code platform}. */
  public static DataPlatformInstanceUrn of(DataPlatformUrn platform, String instance) {
    Objects.requireNonNull(platform, "platform");
    return new DataPlatformInstanceUrn(fromEncodedParts(ENTITY_TYPE,
        List.of(platform.toString(), plainPart(ENTITY_TYPE, "instance", instance)), 0));
  }

  /**
   * Parses the text of a dataPlatformInstance URN.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static DataPlatformInstanceUrn parse(String text) {
    return new DataPlatformInstanceUrn(parseAs(text, ENTITY_TYPE, 2, "(platform, instance)"));
  }

  /** The platform. */
  public DataPlatformUrn platform() {
    return platform;
  }

  /** The instance name, with reserved-character escapes decoded. */
  public String instance() {
    return decodedPart(1);
  }
}
