package io.mlmeta.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/** A version set that groups the versions of one entity, {@code urn:li:versionSet:(<id>,<entityType>)}. */
public final class VersionSetUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "versionSet";

  private VersionSetUrn(Urn urn) {
    super(urn);
  }

  /** Returns the URN of version set {@code id} holding entities of {@code versionedEntityType} (e.g. "mlModel"). */
  public static VersionSetUrn of(String id, String versionedEntityType) {
    return new VersionSetUrn(fromEncodedParts(ENTITY_TYPE,
        List.of(plainPart(ENTITY_TYPE, "id", id), plainPart(ENTITY_TYPE, "versionedEntityType", versionedEntityType))));
  }

  /**
   * Parses the text of a versionSet URN.
   *
   * @throws UrnSyntaxException if the text is malformed or names another entity type
   */
  @JsonCreator
  public static VersionSetUrn parse(String text) {
    return new VersionSetUrn(parseAs(text, ENTITY_TYPE, 2, "(id, entityType)"));
  }

  /** The set's id. */
  public String id() {
    return decodedPart(0);
  }

  /** The entity type of the versions in the set, e.g. {@code mlModel}. */
  public String versionedEntityType() {
    return decodedPart(1);
  }
}
