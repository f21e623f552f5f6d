package io.mlmeta.mlmodel.urn;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.mlmeta.urn.Urn;
import io.mlmeta.urn.UrnSyntaxException;
import java.util.List;

/**
 * An ML feature, the input a model consumes: {@code urn:li:mlFeature:(<featureNamespace>,<name>)}.
 *
 * <pre>{@code
 * MLFeatureUrn urn = MLFeatureUrn.of("customer", "tenure_days");
 * urn.toString();   // "urn:li:mlFeature:(customer,tenure_days)"
 * }</pre>
 */
public final class MLFeatureUrn extends Urn {
  /** The entity type, {@value}. */
  public static final String ENTITY_TYPE = "mlFeature";

  private MLFeatureUrn(Urn urn) {
    super(urn);
  }

  /**
   * Returns the URN of feature {@code name} in {@code featureNamespace}, both plain text (reserved characters are
   * escaped).
   *
   * @throws UrnSyntaxException if either part is empty
   */
  public static MLFeatureUrn of(String featureNamespace, String name) {
    return new MLFeatureUrn(fromEncodedParts(ENTITY_TYPE,
        List.of(plainPart(ENTITY_TYPE, "featureNamespace", featureNamespace), plainPart(ENTITY_TYPE, "name", name))));
  }

  /**
   * Parses the text of an mlFeature URN.
   *
   * @throws UrnSyntaxException if the text is malformed, names another entity type or has other than two parts
   */
  @JsonCreator
  public static MLFeatureUrn parse(String text) {
    return new MLFeatureUrn(parseAs(text, ENTITY_TYPE, 2, "(featureNamespace, name)"));
  }

  /** The feature namespace, with reserved-character escapes decoded. */
  public String featureNamespace() {
    return decodedPart(0);
  }

  /** The feature name, with reserved-character escapes decoded. */
  public String name() {
    return decodedPart(1);
  }
}
